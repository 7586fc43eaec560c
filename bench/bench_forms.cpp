// How long rendering and PDF export of each form take (sample data of the form tests).
// Run: QT_QPA_PLATFORM=offscreen build/bench/bench_forms [rounds]

#include "SampleForms.h"
#include "forms/FormRenderer.h"
#include "forms/PdfExporter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const FormRenderer renderer(SampleForms::office());
    out << "form                      render ms   pdf ms   pages\n";
    for (FormSet set : {FormSet::Tt01_2018, FormSet::Tt03_2025}) {
        for (FormKind kind : FormKinds::all()) {
            if (kind == FormKind::Stop && set == FormSet::Tt01_2018)
                continue;
            const FormData data = SampleForms::data(kind);
            QString error;
            FormDocument form;
            qint64 renderNs = 0;
            qint64 pdfNs = 0;
            for (int i = 0; i < rounds; ++i) {
                QElapsedTimer timer;
                timer.start();
                if (!renderer.render(kind, set, data, &form, &error)) {
                    out << error << '\n';
                    return 1;
                }
                renderNs += timer.nsecsElapsed();
                timer.restart();
                if (!PdfExporter::exportPdf(form, dir.filePath(QStringLiteral("f.pdf")), &error)) {
                    out << error << '\n';
                    return 1;
                }
                pdfNs += timer.nsecsElapsed();
            }
            const QString name = FormSets::key(set) + QLatin1Char(' ') + FormKinds::key(kind);
            out << name.leftJustified(26)
                << QString::number(renderNs / 1e6 / rounds, 'f', 1).rightJustified(9)
                << QString::number(pdfNs / 1e6 / rounds, 'f', 1).rightJustified(9)
                << QString::number(form.pageCount()).rightJustified(8) << '\n';
        }
    }
    return 0;
}
