package io.shopml.cli;

import picocli.CommandLine;

/**
 * Turns an exception from a command into one line on stderr naming the problem, and exit code 1.
 * The stack trace is printed only with {@code SHOPML_DEBUG=1}: users need the message, developers
 * can ask for the rest.
 */
final class OneLineErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        command.getErr().println("shopml " + command.getCommandName() + ": error: " + message);
        if ("1".equals(System.getenv("SHOPML_DEBUG"))) {
            e.printStackTrace(command.getErr());
        }
        return 1;
    }
}
