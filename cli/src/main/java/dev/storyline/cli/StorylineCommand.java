package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command: picks a subcommand. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
        description = "Turns a pile of crawled news pages into stories: clean text, near-duplicate families, "
                + "events, stories, quotes and claims across sources.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class StorylineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use analyze, extract, ingest, serve, demo or help");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for the launcher and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new StorylineCommand());
    }
}
