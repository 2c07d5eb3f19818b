/**
 * The contract between the jar's command line and the modules' commands: a module's command is an
 * {@link io.tanggap.cli.ApplicationCommand} that the command line runs inside the application.
 */
package io.tanggap.cli;
