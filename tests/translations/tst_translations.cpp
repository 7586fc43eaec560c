#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Entry
{
    QString translation;
    bool finished = false;
};

// context + '\x1f' + source (+ '\x1f' + comment) -> translation
QHash<QString, Entry> readTs(const QString& path, QString* error)
{
    QHash<QString, Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment, translation;
    bool finished = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                translation.clear();
                finished = true;
            } else if (name == QLatin1String("source"))
                source = xml.readElementText();
            else if (name == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                finished = type.isEmpty();
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment,
                           Entry{translation, finished});
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return entries;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // Every tr() text in the sources has a finished, non-empty Vietnamese translation.
    void vietnameseIsComplete()
    {
        const QString source = qEnvironmentVariable("MOTCUA_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "MOTCUA_SOURCE_DIR is not set");
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_vi.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(QStringLiteral(MOTCUA_LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), source + QStringLiteral("/core"),
                       source + QStringLiteral("/ui"), source + QStringLiteral("/app"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const auto wanted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(wanted.size() > 20);
        const auto committed =
            readTs(source + QStringLiteral("/translations/motcua_vi.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList missing;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            const auto found = committed.constFind(it.key());
            if (found == committed.cend() || !found->finished || found->translation.isEmpty()) {
                QString key = it.key();
                missing << key.replace(QChar(0x1f), QStringLiteral(" | "));
            }
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 text(s) without a finished Vietnamese "
                                           "translation (run the update_translations target, "
                                           "then translate):\n")
                                .arg(missing.size()) +
                            missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
