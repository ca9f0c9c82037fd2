package org.annalist.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.coding.CodingResult;
import org.annalist.coding.EventCoder;
import org.annalist.context.ArticleContext;
import org.annalist.context.ContextStage;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Problem;
import org.annalist.nlp.Parser;

/**
 * The stages run on one article: NLP, coding, then context (dates, places, attribution, article
 * features) when a context stage is given. Thread-safe when its stages are (the shipped ones are):
 * one pipeline serves every thread.
 */
public final class Pipeline {

  /**
   * One article's way through the pipeline.
   *
   * @param context the events' dates, places and attribution, or {@code null} when the pipeline has
   *     no context stage
   */
  public record Result(
      AnnotatedArticle annotated,
      CodingResult coding,
      ArticleContext context,
      List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private final Parser parser;
  private final EventCoder coder;
  private final ContextStage context;

  /** NLP and coding only. */
  public Pipeline(Parser parser, EventCoder coder) {
    this(parser, coder, null);
  }

  /** NLP, coding and {@code context} ({@code null} for none). */
  public Pipeline(Parser parser, EventCoder coder, ContextStage context) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.context = context;
  }

  public Result process(Article article) {
    AnnotatedArticle annotated = parser.parse(article);
    CodingResult coding = coder.code(annotated);
    List<Problem> problems = new ArrayList<>(annotated.skipped());
    problems.addAll(coding.notes());
    ArticleContext ctx = null;
    if (context != null) {
      try {
        ctx = context.annotate(annotated, coding);
      } catch (RuntimeException e) {
        // the events stand without their dates and places rather than being lost with them
        problems.add(
            new Problem(
                article.id(), "context stage failed, events written without date and place: " + e));
      }
    }
    return new Result(annotated, coding, ctx, problems);
  }

  public Parser parser() {
    return parser;
  }

  public EventCoder coder() {
    return coder;
  }
}
