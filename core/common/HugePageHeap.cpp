#include "HugePageHeap.h"

#include <QFile>
#include <QtGlobal>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <sys/auxv.h>
#include <unistd.h>
#endif

namespace {
const QByteArray tunable = QByteArrayLiteral("glibc.malloc.hugetlb");
} // namespace

QByteArray HugePageHeap::restartTunables(const QByteArray& current,
                                         const QByteArray& transparentHugePages)
{
    // "always [madvise] never": the bracketed mode is the kernel's. Only in "madvise" mode does
    // malloc's request make a difference.
    if (!transparentHugePages.contains("[madvise]") || current.contains(tunable))
        return {};
    const QByteArray setting = tunable + QByteArrayLiteral("=1");
    return current.isEmpty() ? setting : current + ':' + setting;
}

void HugePageHeap::restartIfUseful(char* argv[])
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // A set-user-id start has its tunables erased by glibc: it would start again and again.
    if (getauxval(AT_SECURE) != 0)
        return;
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!mode.open(QIODevice::ReadOnly))
        return;
    const bool given = qEnvironmentVariableIsSet("GLIBC_TUNABLES");
    const QByteArray current = qgetenv("GLIBC_TUNABLES");
    const QByteArray tunables = restartTunables(current, mode.readAll());
    if (tunables.isEmpty())
        return;
    qputenv("GLIBC_TUNABLES", tunables);
    // The new image reads the setting at its start; the process (its id, its open files, its
    // arguments) stays the same. After a failure this program simply goes on as it is.
    execv("/proc/self/exe", argv);
    if (given)
        qputenv("GLIBC_TUNABLES", current);
    else
        qunsetenv("GLIBC_TUNABLES");
#else
    Q_UNUSED(argv);
#endif
}
