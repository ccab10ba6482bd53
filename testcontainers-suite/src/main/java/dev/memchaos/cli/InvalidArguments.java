package dev.memchaos.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse (an unknown option or command, a missing parameter, a value of the wrong
 * kind): one line naming the command and what is wrong, and where its usage is; exit 2. Not the whole usage: the
 * sentence is what the user needs, {@code --help} the rest.
 */
final class InvalidArguments implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String command = cli.getCommandSpec().qualifiedName();
        StringBuilder sentence = new StringBuilder(e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                sentence.append(" (did you mean '").append(String.join("' or '", suggestions.subList(0, Math.min(3, suggestions.size()))))
                        .append("'?)");
            }
        }
        if (!(e.getCause() instanceof TypeConversionException)) {
            sentence.append("; '").append(command).append(" --help' shows its usage");
        }
        ErrorLine.say(command, sentence.toString());
        return ExitCode.INVALID_INPUT.code;
    }
}
