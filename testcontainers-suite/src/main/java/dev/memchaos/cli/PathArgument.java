package dev.memchaos.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A path from the command line or the environment, refused with a sentence when it is empty or when no path on this
 * system can hold it: a NUL character, or characters the file-name encoding cannot write (a non-ASCII name in the C
 * locale, where {@link Path#of} throws {@link InvalidPathException}). Every {@code Path} option is converted by it.
 */
final class PathArgument implements ITypeConverter<Path> {

    @Override
    public Path convert(String text) {
        try {
            return of(text, "an empty folder name was given; give a folder, or leave the option out for its default");
        } catch (ArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** The text as a path; {@code whenEmpty} is the sentence for an empty or blank one. */
    static Path of(String text, String whenEmpty) {
        if (text.isBlank()) {
            throw new ArgumentException(whenEmpty);
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new ArgumentException("\"" + text + "\" cannot be a file name here: " + why(text));
        }
    }

    private static String why(String text) {
        if (text.indexOf('\0') >= 0) {
            return "it holds a NUL character, which no file name can; give the name without it";
        }
        return "its characters cannot be written in this system's file-name encoding ("
                + System.getProperty("sun.jnu.encoding", "unknown") + ", set by LANG and LC_ALL); run memchaos in a UTF-8"
                + " locale such as LANG=C.UTF-8, or use a name in ASCII";
    }
}
