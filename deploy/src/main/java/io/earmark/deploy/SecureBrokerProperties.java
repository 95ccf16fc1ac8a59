package io.earmark.deploy;

import io.earmark.deploy.security.ClientSecurity;
import io.earmark.deploy.security.KeyMaterial;
import java.nio.file.Path;
import java.util.Properties;

/**
 * {@link BrokerProperties} with security on. In: the ports, log directory, partitions, the broker's
 * {@link KeyMaterial} and the admin's SCRAM credentials. Out: broker properties where
 * <ul>
 *   <li>clients and the broker itself (inter-broker traffic, e.g. transaction markers) use one SASL_SSL listener
 *       with SCRAM-SHA-512; the broker logs in as the admin user (created at format time, see
 *       {@link SecureKafkaBroker});</li>
 *   <li>the controller listener is TLS with client certificates required: only a holder of the broker's key can
 *       talk to the controller, as {@code User:}{@value KeyMaterial#BROKER_DN};</li>
 *   <li>the KRaft {@code StandardAuthorizer} refuses everything no ACL allows; the admin and the broker are
 *       super users.</li>
 * </ul>
 */
final class SecureBrokerProperties {
    static final String LISTENER = "SASL_SSL";
    static final String AUTHORIZER = "org.apache.kafka.metadata.authorizer.StandardAuthorizer";

    private SecureBrokerProperties() {
    }

    static Properties of(int port, int controllerPort, Path logDir, int defaultPartitions, KeyMaterial keys,
                         String adminUser, String adminPassword) {
        String host = FreePort.LOOPBACK;
        Properties p = BrokerProperties.of(port, controllerPort, logDir, defaultPartitions);
        p.put("listeners", LISTENER + "://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", LISTENER + "://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("listener.security.protocol.map", LISTENER + ":SASL_SSL,CONTROLLER:SSL");
        p.put("inter.broker.listener.name", LISTENER);

        p.put("sasl.enabled.mechanisms", ClientSecurity.MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", ClientSecurity.MECHANISM);
        p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", ClientSecurity.jaas(adminUser, adminPassword));

        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.location", keys.keystore().toAbsolutePath().toString());
        p.put("ssl.keystore.password", keys.keystorePassword());
        p.put("ssl.key.password", keys.keystorePassword());
        p.put("ssl.truststore.type", "PEM");
        p.put("ssl.truststore.location", keys.truststorePem().toAbsolutePath().toString());
        p.put("listener.name.controller.ssl.client.auth", "required");

        p.put("authorizer.class.name", AUTHORIZER);
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("super.users", "User:" + adminUser + ";User:" + KeyMaterial.BROKER_DN);
        return p;
    }
}
