// Every unit test gets a working IndexedDB (fake-indexeddb) so the real db code runs, unmocked.
import 'fake-indexeddb/auto';
