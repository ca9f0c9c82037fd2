/**
 * Ingest: articles from text and JSON-lines files, with every rejected input reported with its
 * reason. Depends on {@code org.annalist.model} and Jackson.
 */
package org.annalist.ingest;
