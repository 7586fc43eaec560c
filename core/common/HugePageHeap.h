#pragma once

#include <QByteArray>

// A large import touches close to a gigabyte of fresh heap (SQLite's page cache, the rows read
// from the file). In 4 KiB pages that is some 200,000 page faults and as many TLB misses: about
// a sixth of the run. glibc's malloc can ask the kernel for transparent huge pages (2 MiB) for
// its heap instead, but only when the process starts with GLIBC_TUNABLES=glibc.malloc.hugetlb=1.
namespace HugePageHeap {
// The GLIBC_TUNABLES to start again with, or empty when a restart would change nothing: the
// kernel gives huge pages either always or never, or the heap setting was already chosen (by us
// before a restart, or by the user; glibc.malloc.hugetlb=0 turns this off).
// transparentHugePages is the text of /sys/kernel/mm/transparent_hugepage/enabled.
QByteArray restartTunables(const QByteArray& current, const QByteArray& transparentHugePages);
// Starts this program again in the same process with the same arguments and huge pages for the
// heap, when restartTunables() says so. Call it first thing in main(). Returns only when there was
// nothing to do or the restart failed (the program then goes on as it is).
void restartIfUseful(char* argv[]);
} // namespace HugePageHeap
