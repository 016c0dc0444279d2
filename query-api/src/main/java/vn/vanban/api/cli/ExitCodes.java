package vn.vanban.api.cli;

/** Exit codes of every command. */
final class ExitCodes {

    private ExitCodes() {}

    /** Everything done. */
    static final int OK = 0;
    /** Done, but some files could not be read (each one was named on stderr). */
    static final int SOME_FILES_FAILED = 1;
    /** The command could not run (bad usage, or an error that stopped it; nothing was committed). */
    static final int FAILED = 2;

    static final String FOOTER = "%nExit codes: 0 all done; 1 done, but some files could not be read"
            + " (each is named on stderr); 2 the command failed (usage or fatal error; the last good index is kept).";
}
