#include "PasswordPolicy.h"

#include "common/TextFold.h"

#include <QStringList>

namespace {
QString folded(const QString& text)
{
    return TextFold::searchKey(text).remove(QLatin1Char(' '));
}

// Every step from one character to the next is the same +1 or -1 ("abcd", "4321").
bool isStepSequence(const QString& text)
{
    if (text.size() < 2)
        return false;
    const int step = text.at(1).unicode() - text.at(0).unicode();
    if (step != 1 && step != -1)
        return false;
    for (qsizetype i = 2; i < text.size(); ++i) {
        if (text.at(i).unicode() - text.at(i - 1).unicode() != step)
            return false;
    }
    return true;
}

bool isKeyboardRun(const QString& text)
{
    static const QStringList rows{QStringLiteral("1234567890"), QStringLiteral("qwertyuiop"),
                                  QStringLiteral("asdfghjkl"),  QStringLiteral("zxcvbnm"),
                                  QStringLiteral("0987654321"), QStringLiteral("poiuytrewq"),
                                  QStringLiteral("lkjhgfdsa"),  QStringLiteral("mnbvcxz")};
    for (const QString& row : rows) {
        // A run along one row, possibly wrapping onto the start of it again ("qwertyuiopqw").
        const QString twice = row + row + row;
        if (twice.contains(text))
            return true;
    }
    return false;
}

// The commonest passwords of published leak lists, with the Vietnamese ones ("matkhau" is
// "password"), compared folded.
const QStringList& commonPasswords()
{
    static const QStringList list{QStringLiteral("password"),      QStringLiteral("password1"),
                                  QStringLiteral("password123"),   QStringLiteral("passw0rd"),
                                  QStringLiteral("iloveyou"),      QStringLiteral("sunshine"),
                                  QStringLiteral("princess"),      QStringLiteral("football"),
                                  QStringLiteral("baseball"),      QStringLiteral("welcome1"),
                                  QStringLiteral("welcome123"),    QStringLiteral("letmein1"),
                                  QStringLiteral("trustno1"),      QStringLiteral("superman"),
                                  QStringLiteral("abc12345"),      QStringLiteral("abcd1234"),
                                  QStringLiteral("qwerty123"),     QStringLiteral("1q2w3e4r"),
                                  QStringLiteral("1qaz2wsx"),      QStringLiteral("12341234"),
                                  QStringLiteral("11223344"),      QStringLiteral("12121212"),
                                  QStringLiteral("123123123"),     QStringLiteral("66668888"),
                                  QStringLiteral("admin123"),      QStringLiteral("admin@123"),
                                  QStringLiteral("administrator"), QStringLiteral("matkhau"),
                                  QStringLiteral("matkhau1"),      QStringLiteral("matkhau123"),
                                  QStringLiteral("matkhau@123"),   QStringLiteral("anhyeuem"),
                                  QStringLiteral("emyeuanh"),      QStringLiteral("vietnam1"),
                                  QStringLiteral("vietnam123"),    QStringLiteral("motcua123"),
                                  QStringLiteral("motcua@123"),    QStringLiteral("changeme"),
                                  QStringLiteral("default1")};
    return list;
}
} // namespace

bool PasswordPolicy::check(const QString& password, const QString& login, const QString& name,
                           QString* error)
{
    auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (password.size() < minimumLength)
        return refuse(tr("Password: must have at least %1 characters.").arg(minimumLength));
    if (password.count(password.at(0)) == password.size())
        return refuse(tr("Password: must not be one character repeated."));
    const QString key = folded(password);
    if (isStepSequence(key) || isKeyboardRun(key))
        return refuse(tr("Password: must not be a simple sequence such as 12345678, abcdefgh "
                         "or a row of the keyboard."));
    const QString loginKey = folded(login);
    const QString nameKey = folded(name);
    if ((loginKey.size() >= 3 && key.contains(loginKey)) ||
        (nameKey.size() >= 3 && key.contains(nameKey)))
        return refuse(tr("Password: must not contain the login or the full name."));
    if (commonPasswords().contains(key))
        return refuse(tr("Password: \"%1\" is one of the commonest passwords; choose another.")
                          .arg(password));
    return true;
}
