/**
 * The command line ({@code annalist code}, {@code parse}, {@code dictionaries}, {@code bench}),
 * built with picocli. May depend on every module.
 */
package org.annalist.cli;
