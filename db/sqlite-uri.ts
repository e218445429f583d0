/**
 * SQLite reads `file:` URIs in every connection of this process, so that a backup target can carry
 * its key (`?hexkey=`): SQLite3 Multiple Ciphers refuses an online backup into a file without the
 * source's cipher and key, and better-sqlite3 opens the target itself. better-sqlite3 reads this
 * variable once, when its native module loads (at the first `new Database`), so it is set before
 * any connection. Our own file names are absolute paths, never `file:` URIs.
 */
process.env['SQLITE_USE_URI'] = '1';

export {};
