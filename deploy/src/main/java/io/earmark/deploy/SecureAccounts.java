package io.earmark.deploy;

import io.earmark.deploy.acl.AclApplier;
import io.earmark.deploy.acl.AclsDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/**
 * Gives a {@link SecureKafkaBroker} Earmark's principals. In: the broker, the ACL definition and a directory.
 * Out: one SCRAM user with a random password per {@code User:} principal of the definition, the definition's ACLs
 * applied, and one Kafka client properties file per user (plus the admin's) in the directory, readable by the owner
 * only: {@code <user>.properties} with bootstrap.servers and the SASL_SSL settings, ready for {@code --config},
 * {@code --producer-config} or {@code --command-config}.
 */
public final class SecureAccounts {
    private static final String USER_PREFIX = "User:";

    private SecureAccounts() {
    }

    /** Returns user name → client properties file, the admin first. */
    public static Map<String, Path> provision(SecureKafkaBroker broker, AclsDefinition acls, Path dir) {
        List<String> users = acls.principals().stream().filter(p -> p.startsWith(USER_PREFIX))
                .map(p -> p.substring(USER_PREFIX.length())).toList();
        Map<String, String> passwords = broker.createUsers(users);
        try (Admin admin = Admin.create(broker.adminProperties())) {
            AclApplier.apply(admin, acls);
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put(SecureKafkaBroker.ADMIN_USER, write(dir, SecureKafkaBroker.ADMIN_USER, broker.adminProperties()));
        passwords.forEach((user, password) -> files.put(user, write(dir, user, broker.clientProperties(user, password))));
        return files;
    }

    private static Path write(Path dir, String user, Properties props) {
        Path file = dir.resolve(user + ".properties");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "Kafka client settings of " + user + " (secure local stack; random password)");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
