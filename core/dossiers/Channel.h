#pragma once

#include <QCoreApplication>
#include <QString>

// DOMAIN §3: receipt channels (kênh), numbered as the national portal numbers them.
enum class Channel {
    Direct = 1, // trực tiếp, at the counter
    Online = 2, // trực tuyến
    Postal = 3  // bưu chính công ích
};

class Channels
{
    Q_DECLARE_TR_FUNCTIONS(Channels)

public:
    // "direct", "online", "postal": the CSV spelling.
    static QString key(Channel channel);
    // Accepts the key or the national number ("1", "2", "3").
    static bool fromKey(const QString& text, Channel* channel);
    static bool fromCode(int code, Channel* channel);
    static QString label(Channel channel);
};

// The citizen's rating at hand-over (QĐ 766 §5.4).
enum class Rating { None, Satisfied, Unsatisfied };

class Ratings
{
public:
    // "" for None, "satisfied", "unsatisfied".
    static QString key(Rating rating);
    static bool fromKey(const QString& text, Rating* rating);
};
