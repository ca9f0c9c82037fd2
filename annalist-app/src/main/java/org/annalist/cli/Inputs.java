package org.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.annalist.ingest.ArticleReader;
import org.annalist.model.Article;
import org.annalist.model.Problem;

/**
 * Expands command-line inputs (files, folders, {@code -}) into the files to read, in a stable
 * order.
 */
final class Inputs {

  /** One thing to read: a file, or standard input when {@code path} is null. */
  record Input(Path path) {
    boolean isStdin() {
      return path == null;
    }

    String name() {
      return path == null ? "<stdin>" : path.toString();
    }
  }

  private Inputs() {}

  /** The articles of one input; what cannot be read goes to {@code problems}. */
  static List<Article> read(
      Input input, ArticleReader reader, InputStream stdin, Consumer<Problem> problems) {
    List<Article> articles = new ArrayList<>();
    if (input.isStdin()) {
      reader.read(input.name(), stdin, false, articles::add, problems);
    } else {
      reader.read(input.path(), articles::add, problems);
    }
    return articles;
  }

  static List<Input> expand(List<String> args, Consumer<Problem> problems) {
    List<Input> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        out.add(new Input(null));
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        walk(p, out, problems);
      } else if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        problems.accept(new Problem(arg, "no such file or folder"));
      } else {
        out.add(new Input(p));
      }
    }
    return out;
  }

  private static void walk(Path dir, List<Input> out, Consumer<Problem> problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.noneOf(FileVisitOption.class),
          32,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (!d.equals(dir) && d.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (!f.getFileName().toString().startsWith(".")
                  && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              problems.accept(
                  new Problem(
                      f.toString(),
                      "cannot read: "
                          + e.getClass().getSimpleName()
                          + (e.getMessage() == null ? "" : " " + e.getMessage())));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.accept(new Problem(dir.toString(), "cannot list folder: " + e.getMessage()));
    }
    files.sort(null);
    for (Path f : files) {
      out.add(new Input(f));
    }
  }
}
