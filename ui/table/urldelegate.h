#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

// Paints a URL so that what identifies it stays visible in a narrow column: the scheme, host
// and port at the start and the last path segment (the file name) at the end; the middle of
// the path gives way first ("http://127.0.0.1:8080/…/file07.bin").
class UrlDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit UrlDelegate(QObject *parent = nullptr);

    static QString elide(const QString &url, const QFontMetrics &metrics, int width);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
