/**
 * The stages of Annalist wired together for one article (ingest output in, coded events out),
 * shared by the command line and, later, the Spark job. Depends on the stage interfaces only.
 */
package org.annalist.pipeline;
