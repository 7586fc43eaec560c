#pragma once

#include "CliCommand.h"

// `attach CODE FILE… [--document NAME]`: stores scanned files with a dossier (Attachments);
// `attachments CODE`: lists them as CSV sha256,name,size,document,attached_at,officer.
class AttachCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("attach"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

class AttachmentsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("attachments"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};
