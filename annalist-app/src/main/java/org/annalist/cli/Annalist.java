package org.annalist.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code annalist} command: subcommands for coding, parsing, benchmarking and checking
 * dictionaries.
 */
@Command(
    name = "annalist",
    mixinStandardHelpOptions = true,
    versionProvider = Annalist.Version.class,
    description =
        "Political event data (CAMEO) from news articles: who did what to whom, and why it was coded.",
    subcommands = {
      CodeCommand.class,
      ParseCommand.class,
      DictionariesCommand.class,
      DictCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was processed",
      "1:some inputs failed (each is reported on stderr)",
      "2:bad command line or configuration (e.g. a dictionary line that does not parse)"
    })
public final class Annalist implements Runnable {

  /** Exit code when some inputs could not be processed. */
  static final int EXIT_INPUT_FAILED = 1;

  /** Exit code for a bad command line or configuration. */
  static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where events and other results go: standard output, or a test's buffer. */
  final OutputStream out;

  /** Where {@code -} reads from. */
  final InputStream in;

  Annalist(OutputStream out, InputStream in) {
    this.out = out;
    this.in = in;
  }

  public static void main(String[] args) {
    System.exit(run(System.out, System.in, System.err, args));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(OutputStream out, InputStream in, OutputStream err, String... args) {
    return commandLine(out, in, err).execute(args);
  }

  static CommandLine commandLine(OutputStream out, InputStream in, OutputStream err) {
    CommandLine cli = new CommandLine(new Annalist(out, in));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // configuration errors and bugs alike: one line, no stack trace
          String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          commandLine.getErr().println("annalist: " + message);
          if (e instanceof ConfigurationException) {
            return EXIT_USAGE;
          }
          return EXIT_INPUT_FAILED;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a command, e.g. 'annalist code FILE'");
  }

  /** A problem with options, dictionaries or other configuration. */
  static final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConfigurationException(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Annalist.class.getPackage().getImplementationVersion();
      return new String[] {"annalist " + (v == null ? "development build" : v)};
    }
  }
}
