package org.annalist.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annalist.ingest.ArticleReader;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.nlp.Parser;
import org.annalist.nlp.corenlp.CoreNlpParser;
import org.annalist.output.ConlluWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist parse}: the NLP stage alone, as CoNLL-U (to inspect parses or make test
 * fixtures).
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse articles with CoreNLP and write CoNLL-U to standard output.")
final class ParseCommand implements java.util.concurrent.Callable<Integer> {

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Articles to parse.")
  List<String> inputs;

  @CommandLine.Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles without one.")
  LocalDate date;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand Annalist root;

  @Override
  public Integer call() {
    Reporter reporter = new Reporter(spec.commandLine().getErr(), Reporter.Progress.NEVER);
    ArticleReader reader = new ArticleReader(date, ArticleReader.DEFAULT_MAX_CHARS);
    Parser parser = null;
    try {
      Writer out = new OutputStreamWriter(root.out, StandardCharsets.UTF_8);
      for (Inputs.Input input : Inputs.expand(inputs, reporter::failed)) {
        List<Article> read = Inputs.read(input, reader, root.in, reporter::failed);
        for (Article a : read) {
          if (parser == null) {
            parser = CoreNlpParser.shared();
          }
          AnnotatedArticle parsed = parser.parse(a);
          parsed.skipped().forEach(reporter::warning);
          out.write(ConlluWriter.write(parsed));
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reporter.failures() > 0 ? Annalist.EXIT_INPUT_FAILED : 0;
  }
}
