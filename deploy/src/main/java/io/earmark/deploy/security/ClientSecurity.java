package io.earmark.deploy.security;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * The standard Kafka client properties for a SASL_SSL listener with SCRAM-SHA-512. In: a user name, its password
 * and the PEM file of the certificate to trust. Out: {@code security.protocol}, {@code sasl.mechanism},
 * {@code sasl.jaas.config}, {@code ssl.truststore.type=PEM} and {@code ssl.truststore.location}: the same keys every
 * Earmark client (pipeline, publishers, ingest, ticker, topics) takes from its configuration file.
 */
public final class ClientSecurity {
    public static final String PROTOCOL = "SASL_SSL";
    public static final String MECHANISM = "SCRAM-SHA-512";

    private ClientSecurity() {
    }

    public static Properties scram(String user, String password, Path truststorePem) {
        Properties props = new Properties();
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, PROTOCOL);
        props.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        props.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password));
        props.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
        props.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, truststorePem.toAbsolutePath().toString());
        return props;
    }

    /** The JAAS line of the SCRAM login module (client side; on a broker, the inter-broker login). */
    public static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }
}
