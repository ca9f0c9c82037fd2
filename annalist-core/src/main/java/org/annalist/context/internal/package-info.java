/** Word tables shared by the context stage's parts ({@code time}, {@code features}). */
package org.annalist.context.internal;
