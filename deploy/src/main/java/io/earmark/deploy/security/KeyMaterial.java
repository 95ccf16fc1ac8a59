package io.earmark.deploy.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * TLS key material for a broker on 127.0.0.1, made at run time in a directory the caller owns. In: the directory.
 * Out: a PKCS12 keystore with a fresh EC key pair and a self-signed certificate ({@value #BROKER_DN}, subject
 * alternative names IP 127.0.0.1 and DNS localhost, valid 2 days), a random keystore password, and the certificate
 * as a PEM truststore that clients (and the broker itself, for mutual TLS on its controller listener) trust.
 * The key pair comes from the JDK's {@code keytool} (one child process); the PEM file is written here in Java.
 */
public record KeyMaterial(Path keystore, String keystorePassword, Path truststorePem) {
    /** The broker's certificate subject; with mutual TLS its principal is {@code User:} + this. */
    public static final String BROKER_DN = "CN=earmark-broker";
    private static final String ALIAS = "broker";

    public static KeyMaterial generate(Path dir) {
        Path keystore = dir.resolve("broker-keystore.p12");
        String password = Passwords.random();
        runKeytool(List.of("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", BROKER_DN, "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password, "-keypass", password));
        Path pem = dir.resolve("ca.pem");
        writePem(certificate(keystore, password), pem);
        return new KeyMaterial(keystore, password, pem);
    }

    private static void runKeytool(List<String> args) {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-noprompt"));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + args.get(0) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + keytool, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }

    private static Certificate certificate(Path keystore, String password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store.getCertificate(ALIAS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + keystore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the certificate in " + keystore, e);
        }
    }

    private static void writePem(Certificate certificate, Path pem) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the broker certificate", e);
        }
    }
}
