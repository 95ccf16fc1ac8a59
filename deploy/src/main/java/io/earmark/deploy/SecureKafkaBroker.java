package io.earmark.deploy;

import io.earmark.deploy.security.ClientSecurity;
import io.earmark.deploy.security.KeyMaterial;
import io.earmark.deploy.security.Passwords;
import io.earmark.deploy.security.ScramUsers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

/**
 * A real single-node KRaft broker in this JVM with TLS, SASL/SCRAM-SHA-512 and the {@code StandardAuthorizer}
 * (settings: {@link SecureBrokerProperties}). In: a client port (0 = any) and a default partition count.
 * Everything secret is made at start and lives only in the broker's temporary directory: the TLS key pair
 * ({@link KeyMaterial}, via keytool) and the admin's random password, whose SCRAM credential is written into the
 * cluster metadata when the log directory is formatted ({@code StorageTool format --add-scram}), because the broker
 * itself logs in with it. Out: {@link #bootstrapServers()}, admin client properties, and SCRAM users created with
 * the Admin API ({@link #createUsers}), each with its client properties ({@link #clientProperties}).
 */
public final class SecureKafkaBroker implements AutoCloseable {
    /** The super user: the broker's own inter-broker login and the admin of ACLs, users and topics. */
    public static final String ADMIN_USER = "earmark-admin";

    private final EmbeddedKafkaBroker broker;
    private final KeyMaterial keys;
    private final String adminPassword;

    private SecureKafkaBroker(EmbeddedKafkaBroker broker, KeyMaterial keys, String adminPassword) {
        this.broker = broker;
        this.keys = keys;
        this.adminPassword = adminPassword;
    }

    public static SecureKafkaBroker start() {
        return start(0, EmbeddedKafkaBroker.DEFAULT_PARTITIONS);
    }

    public static SecureKafkaBroker start(int port, int defaultPartitions) {
        int clientPort = FreePort.orAny(port);
        int controllerPort = FreePort.any();
        Path dir = TempDirs.create("earmark-kafka-secure-");
        KeyMaterial keys;
        try {
            keys = KeyMaterial.generate(dir);
        } catch (RuntimeException e) {
            TempDirs.deleteRecursively(dir);
            throw e;
        }
        String adminPassword = Passwords.random();
        Properties props = SecureBrokerProperties.of(clientPort, controllerPort, dir.resolve("logs"),
                defaultPartitions, keys, ADMIN_USER, adminPassword);
        List<String> scram = List.of("--add-scram",
                ClientSecurity.MECHANISM + "=[name=" + ADMIN_USER + ",password=" + adminPassword + "]");
        return new SecureKafkaBroker(EmbeddedKafkaBroker.start(props, dir, clientPort, scram), keys, adminPassword);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The PEM certificate clients trust (mounted from a Secret in production). */
    public Path truststore() {
        return keys.truststorePem();
    }

    /** Client properties of the super user: bootstrap servers and SASL_SSL settings. */
    public Properties adminProperties() {
        return clientProperties(ADMIN_USER, adminPassword);
    }

    /** Client properties for {@code user}: bootstrap servers and SASL_SSL settings (any password, right or wrong). */
    public Properties clientProperties(String user, String password) {
        Properties props = ClientSecurity.scram(user, password, keys.truststorePem());
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** Creates a SCRAM user with a random password for each name; returns name → password, in the given order. */
    public Map<String, String> createUsers(List<String> users) {
        Map<String, String> passwords = new LinkedHashMap<>();
        users.forEach(user -> passwords.put(user, Passwords.random()));
        try (Admin admin = Admin.create(adminProperties())) {
            ScramUsers.upsert(admin, passwords);
        }
        return passwords;
    }

    @Override
    public void close() {
        broker.close();
    }
}
