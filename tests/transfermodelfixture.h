#pragma once

// The fixture of TransferModel's tests (tst_transfermodel_cells, tst_transfermodel_summary): a
// fresh model per test function on a fake clock the test moves (m_now), English plurals, and the
// helpers that fill it with rows, make engine updates and read its cells. A test class derives
// from it; Qt Test finds the inherited initTestCase(), init() and cleanup() slots by name and
// runs them for it. Header-only: list it in the test's SOURCES so that moc sees it.

#include <QCoreApplication>
#include <QObject>

#include <memory>

#include "englishplurals.h"
#include "transfermodel.h"

class TransferModelFixture : public QObject
{
    Q_OBJECT

protected:
    using Column = TransferModel::Column;
    using RowState = TransferModel::RowState;

    qint64 m_now = 1'700'000'000'000;
    std::unique_ptr<TransferModel> m_model;

    // Adds n valid items with ids 1..n (plus `invalid` invalid lines) through UrlList::parse.
    void fill(int n, const QStringList &invalid = {})
    {
        QString text;
        for (int i = 1; i <= n; ++i)
            text += QStringLiteral("http://example.test/f%1.bin\n").arg(i);
        for (const QString &line : invalid)
            text += line + QLatin1Char('\n');
        const UrlList list = UrlList::parse(text);
        QList<ItemId> ids;
        for (qsizetype i = 0; i < list.entries().size(); ++i)
            ids.append(ItemId(i + 1));
        m_model->addItems(ids, list.entries());
    }
    static ItemUpdate update(ItemId id, ItemState state, qint64 received = 0, qint64 total = -1)
    {
        ItemUpdate u;
        u.id = id;
        u.state = state;
        u.attempt = 1;
        u.maxAttempts = 4;
        u.received = received;
        u.total = total;
        return u;
    }
    QString cell(int row, Column c, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, int(c)).data(role).toString();
    }

    EnglishPlurals m_plurals;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_plurals); }
    void init()
    {
        m_model = std::make_unique<TransferModel>();
        m_model->setClock([this] { return m_now; });
    }
    void cleanup() { m_model.reset(); }
};
