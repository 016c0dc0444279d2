package vn.vanban.api;

import picocli.CommandLine;
import vn.vanban.api.cli.VanbanCommand;

/** The vanban command line. */
public final class Main {

    private Main() {}

    /** Held so the setting is not garbage-collected with the logger. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        // Lucene says at start-up that the incubating vector API is off; we use no vectors.
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The command line, with errors reported in one line (a stack trace only with VANBAN_DEBUG set). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new VanbanCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("vanban " + commandLine.getCommandName() + ": error: " + describe(e));
            if (System.getenv("VANBAN_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return 2;
        });
        return cl;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + m;
        }
        if (e instanceof java.net.BindException || (e.getCause() instanceof java.net.BindException)) {
            return "the port is in use (" + m + "); choose another with --port";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
