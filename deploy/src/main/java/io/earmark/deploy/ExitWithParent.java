package io.earmark.deploy;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Entry point of a child process that must not outlive the JVM that started it, even when that JVM is killed
 * with SIGKILL and its shutdown hooks never run. In: {@code -D}{@value #PARENT_PID}{@code =<pid>} and
 * {@code <main class> <args...>}. Out: runs that main class; halts this process as soon as the parent exits.
 * Uses only the JDK, because it runs on the child's classpath (for the schema registry: old Jackson, log4j 1.2).
 */
public final class ExitWithParent {
    public static final String PARENT_PID = "earmark.parent.pid";

    private ExitWithParent() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: -D" + PARENT_PID + "=<pid> ExitWithParent <main class> [args...]");
        }
        long parentPid = Long.parseLong(System.getProperty(PARENT_PID, "0"));
        if (parentPid <= 0) {
            throw new IllegalArgumentException("missing -D" + PARENT_PID + "=<pid of the owner JVM>");
        }
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)),
                () -> Runtime.getRuntime().halt(0));
        try {
            Class.forName(args[0]).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
