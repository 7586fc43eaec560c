#pragma once

#include <QCoreApplication>
#include <QString>

// Which new passwords are refused (a short list of rules rather than a strength estimator):
// fewer than 8 characters, one character repeated ("aaaaaaaa"), a simple sequence
// ("12345678", "abcdefgh", "87654321", a keyboard row such as "qwertyui"), the login or the
// full name, and a small built-in list of the commonest passwords ("password", "matkhau123",
// "admin123", …). Letters are compared without case or Vietnamese diacritics.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int minimumLength = 8;

    // False with a message naming the rule that refused it.
    static bool check(const QString& password, const QString& login, const QString& name,
                      QString* error);
};
