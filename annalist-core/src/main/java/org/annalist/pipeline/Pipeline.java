package org.annalist.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.coding.CodingResult;
import org.annalist.coding.EventCoder;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.nlp.Parser;

/**
 * The stages run on one article: NLP, then coding. Later stages (dates, places, coreference) plug
 * in here. Thread-safe when its stages are (the shipped ones are): one pipeline serves every
 * thread.
 */
public final class Pipeline {

  /** One article's way through the pipeline. */
  public record Result(AnnotatedArticle annotated, CodingResult coding, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final Parser parser;
  private final EventCoder coder;

  public Pipeline(Parser parser, EventCoder coder) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.coder = Objects.requireNonNull(coder, "coder");
  }

  public Result process(Article article) {
    AnnotatedArticle annotated = parser.parse(article);
    CodingResult coding = coder.code(annotated);
    List<Problem> problems = new ArrayList<>(annotated.skipped());
    problems.addAll(coding.notes());
    return new Result(annotated, coding, problems);
  }

  public Parser parser() {
    return parser;
  }

  public EventCoder coder() {
    return coder;
  }
}
