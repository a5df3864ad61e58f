/**
 * The {@code shopml} command (picocli). Each subcommand parses its flags, calls into the module
 * that owns the work, and prints the result; errors become one line naming the problem and a
 * non-zero exit code.
 */
package io.shopml.cli;
