#include "Channel.h"

QString Channels::key(Channel channel)
{
    switch (channel) {
    case Channel::Direct:
        return QStringLiteral("direct");
    case Channel::Online:
        return QStringLiteral("online");
    case Channel::Postal:
        return QStringLiteral("postal");
    }
    return QString();
}

bool Channels::fromKey(const QString& text, Channel* channel)
{
    const QString key = text.trimmed().toLower();
    Channel found;
    if (key == QLatin1String("direct") || key == QLatin1String("1"))
        found = Channel::Direct;
    else if (key == QLatin1String("online") || key == QLatin1String("2"))
        found = Channel::Online;
    else if (key == QLatin1String("postal") || key == QLatin1String("3"))
        found = Channel::Postal;
    else
        return false;
    if (channel)
        *channel = found;
    return true;
}

bool Channels::fromCode(int code, Channel* channel)
{
    if (code < 1 || code > 3)
        return false;
    if (channel)
        *channel = Channel(code);
    return true;
}

QString Channels::label(Channel channel)
{
    switch (channel) {
    case Channel::Direct:
        return tr("At the counter");
    case Channel::Online:
        return tr("Online");
    case Channel::Postal:
        return tr("Public postal service");
    }
    return QString();
}

QString Ratings::key(Rating rating)
{
    switch (rating) {
    case Rating::Satisfied:
        return QStringLiteral("satisfied");
    case Rating::Unsatisfied:
        return QStringLiteral("unsatisfied");
    case Rating::None:
        break;
    }
    return QString();
}

bool Ratings::fromKey(const QString& text, Rating* rating)
{
    const QString key = text.trimmed().toLower();
    Rating found;
    if (key.isEmpty())
        found = Rating::None;
    else if (key == QLatin1String("satisfied"))
        found = Rating::Satisfied;
    else if (key == QLatin1String("unsatisfied"))
        found = Rating::Unsatisfied;
    else
        return false;
    if (rating)
        *rating = found;
    return true;
}
