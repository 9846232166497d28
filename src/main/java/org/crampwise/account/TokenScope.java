package org.crampwise.account;

/** What an API token may do: {@code READ} only GET requests, {@code WRITE} everything the user may. */
enum TokenScope {

	READ, WRITE

}
