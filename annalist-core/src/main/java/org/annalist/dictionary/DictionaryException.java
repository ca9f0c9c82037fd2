package org.annalist.dictionary;

/** A dictionary that cannot be loaded: the message names the file, the line number and the line. */
public final class DictionaryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public DictionaryException(String file, int line, String text, String problem) {
    super(file + ":" + line + ": " + problem + ": " + text.strip());
    this.file = file;
    this.line = line;
  }

  public DictionaryException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.line = 0;
  }

  public String file() {
    return file;
  }

  /** 1-based line number, 0 when the problem is about the whole file. */
  public int line() {
    return line;
  }
}
