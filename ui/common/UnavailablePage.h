#pragma once

#include <QWidget>

// A work area that is not built yet says so plainly instead of showing anything fake.
class UnavailablePage : public QWidget
{
    Q_OBJECT

public:
    explicit UnavailablePage(const QString& title, QWidget* parent = nullptr);
};
