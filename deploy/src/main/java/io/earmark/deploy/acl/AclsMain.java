package io.earmark.deploy.acl;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Applies Earmark's ACLs to a cluster from the command line (the app jar's classpath):
 * <pre>
 * java -cp 'lib/*:earmark-app.jar' io.earmark.deploy.acl.AclsMain --bootstrap-servers HOST:PORT
 *      [--command-config admin.properties] [--definition acls.yaml] [--application-id ID]
 *      [--principals ROLE=User:a,User:b]... [--dry-run]
 * </pre>
 * Prints the bindings to create (and those of the definition's principals that the definition lacks), then creates
 * the missing ones unless {@code --dry-run}. Exit code 0, or 2 for a usage error, 1 for a failure.
 */
public final class AclsMain {

    private AclsMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs with the given arguments, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Properties admin = new Properties();
        AclsDefinition definition = AclsDefinition.load();
        boolean dryRun = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--bootstrap-servers" -> admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, value(args, ++i));
                    case "--command-config" -> load(Path.of(value(args, ++i))).forEach(admin::putIfAbsent);
                    case "--definition" -> definition = AclsDefinition.load(Path.of(value(args, ++i)));
                    case "--application-id" -> definition = definition.withVariable(AclsDefinition.APPLICATION_ID, value(args, ++i));
                    case "--principals" -> {
                        String[] roleAndPrincipals = value(args, ++i).split("=", 2);
                        definition = definition.withPrincipals(roleAndPrincipals[0],
                                Arrays.asList(roleAndPrincipals[1].split(",")));
                    }
                    case "--dry-run" -> dryRun = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (!admin.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                throw new IllegalArgumentException("--bootstrap-servers is required");
            }
        } catch (RuntimeException e) { // a bad option, an unreadable file, an unknown role
            err.println("acls: " + e.getMessage());
            err.println("usage: AclsMain --bootstrap-servers HOST:PORT [--command-config FILE] [--definition FILE]"
                    + " [--application-id ID] [--principals ROLE=P1,P2]... [--dry-run]");
            return 2;
        }
        try (Admin client = Admin.create(admin)) {
            AclPlan plan = AclApplier.plan(client, definition);
            plan.describe().forEach(out::println);
            if (!dryRun && !plan.noChange()) {
                out.println("Created " + AclApplier.apply(client, plan).size() + " ACL binding(s).");
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("acls: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static Properties load(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return props;
    }
}
