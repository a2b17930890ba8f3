#include "statuscolor.h"

#include <QGuiApplication>
#include <QPalette>
#include <cmath>

namespace inventory {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QPalette palette()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::palette()
                                                                         : QPalette();
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isHighContrast()
{
    const QPalette p = palette();
    return contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)) >= 12.0
        && contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 12.0
        && p.color(QPalette::Base).lightness() < 60;
}

QColor statusColor(Status status)
{
    if (status == Status::None)
        return {};
    const QPalette p = palette();
    if (isHighContrast())
        return p.color(QPalette::Text);
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    switch (status) {
    case Status::Problem:
        return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x20, 0x20);
    case Status::Warning:
        return dark ? QColor(0xff, 0xb0, 0x50) : QColor(0xc0, 0x60, 0x00);
    case Status::Good:
        return dark ? QColor(0x80, 0xe0, 0x80) : QColor(0x20, 0x70, 0x20);
    case Status::Muted:
        return dark ? p.color(QPalette::Disabled, QPalette::Text) : QColor(0x80, 0x80, 0x80);
    case Status::None:
        break;
    }
    return {};
}

QString statusStyle(Status status, bool bold)
{
    const QColor color = statusColor(status);
    if (!color.isValid())
        return {};
    QString style = QStringLiteral("color: %1").arg(color.name());
    if (bold)
        style += QStringLiteral("; font-weight: bold");
    return style;
}

} // namespace inventory
