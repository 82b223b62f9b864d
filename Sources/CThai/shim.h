// libdatrie, the double-array trie libthai keeps its Thai dictionary in (thbrk.tri from
// libthai-data): ita walks it directly to segment Thai text into dictionary words.
#include <datrie/trie.h>
