// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace yibao {

class ConsultationModel;
class ConsultationStore;

// The saved consultations: one search box (name, last 4 of the ID number, date) that
// filters as it is typed, and open / delete / export / import. ID numbers are shown
// masked; the full number is only in the save dialog.
class ConsultationListDialog : public QDialog
{
    Q_OBJECT
public:
    // Settings key of the retention in days (0: keep everything); applied at start.
    static constexpr const char *RetentionKey = "counter/retentionDays";

    explicit ConsultationListDialog(ConsultationStore &store, QWidget *parent = nullptr);

    ConsultationModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; }
    QSpinBox *retentionBox() const { return m_retention; }

    // Re-reads the list with the current filter.
    void refresh();
    // The id of the selected row, 0 when none.
    qint64 selectedId() const;

    // The work behind the buttons, without their file dialogs (tests call these).
    bool exportTo(qint64 id, const QString &path, QString *error);
    std::optional<qint64> importFrom(const QString &path, QString *error);
    bool removeId(qint64 id, QString *error);

Q_SIGNALS:
    // The user asked to open this consultation in the window.
    void openRequested(qint64 id);

private:
    void openSelected();
    void deleteSelected();
    void exportSelected();
    void importFile();
    void updateButtons();

    ConsultationStore &m_store;
    ConsultationModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_count;
    QSpinBox *m_retention;
    QPushButton *m_open;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_import;
};

} // namespace yibao
