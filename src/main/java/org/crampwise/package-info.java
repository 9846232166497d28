@NullMarked
package org.crampwise;

import org.jspecify.annotations.NullMarked;
