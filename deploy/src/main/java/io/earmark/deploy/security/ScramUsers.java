package io.earmark.deploy.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * Creates or replaces SCRAM-SHA-512 credentials through the Admin API ({@code alterUserScramCredentials}; the
 * caller needs ALTER on the cluster). In: user names and passwords. Out: the credentials stored in the cluster's
 * metadata, usable at once by any broker's SASL_SSL listener.
 */
public final class ScramUsers {
    static final int ITERATIONS = 8192;

    private ScramUsers() {
    }

    public static void upsert(Admin admin, Map<String, String> passwords) {
        List<UserScramCredentialAlteration> alterations = passwords.entrySet().stream()
                .<UserScramCredentialAlteration>map(e -> new UserScramCredentialUpsertion(e.getKey(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), e.getValue()))
                .toList();
        try {
            admin.alterUserScramCredentials(alterations).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot store SCRAM credentials of " + passwords.keySet() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("SCRAM credentials of " + passwords.keySet() + " not stored in 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing SCRAM credentials", e);
        }
    }
}
