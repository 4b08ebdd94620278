"""The main window: find a client by name, see their stored record.

Every store call goes through `ui.operations`, so typing in the search field never blocks
the GUI. Answers can come back out of order relative to what is on screen (the user kept
typing, or moved on to another row); each request carries a generation number and stale
answers are dropped.
"""

from __future__ import annotations

import html
import unicodedata
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.core.errors import ClientNotFound
from clinic_app.core.model import Client, ClientSummary
from clinic_app.core.settings import ClinicSettings
from clinic_app.core.workflow import ClientStatus
from clinic_app.ui import errors, operations, translations
from clinic_app.ui.client_view import ClientView
from clinic_app.ui.idle_lock import IdleLock
from clinic_app.ui.intake.wizard import IntakeWizard
from clinic_app.ui.packet_dialog import PacketDialog
from clinic_app.ui.review_screen import ReviewDialog
from clinic_app.ui.settings_dialog import SettingsDialog
from clinic_app.ui.status_words import status_text
from clinic_app.ui.worker import Task, db_pool, work_pool

if TYPE_CHECKING:
    from clinic_app.core.store import Store

SEARCH_DELAY_MS = 150
LOADING_DELAY_MS = 250  # show "Loading…" only when a record is slow, to avoid flicker
STATUS_MESSAGE_MS = 10_000  # long enough to read twice
TIMEOUT_CONVERSION_MS = 200_000  # a LibreOffice conversion in flight is allowed to finish
LIST_LIMIT = 500

_Index = QModelIndex | QPersistentModelIndex


def _fold(text: str) -> str:
    """Sort key that puts "Álvarez" with the A's and ignores case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def plain_tooltip(text: str) -> str:
    """Tooltips render anything that looks like markup; escape it so names show as typed."""
    return f"<p>{html.escape(text)}</p>"


def format_updated(value: str, *, with_time: bool = False) -> str:
    """`updated_at` as "2026-03-14" (or "2026-03-14 09:30") in local time; the raw text if
    it is not ISO. The list shows the date only, to leave the width to the names."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


class ClientTableModel(QAbstractTableModel):
    """The client list: Name, Date of birth, Convictions, Last updated, Status."""

    NAME, DATE_OF_BIRTH, CONVICTIONS, UPDATED, STATUS = range(5)
    ClientIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientSummary] = []

    def _headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Convictions"),
            self.tr("Last updated"),
            self.tr("Status"),
        ]

    def retranslate(self) -> None:
        """Tell the views the column titles changed language (a model gets no
        LanguageChange event of its own: its window calls this)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # --- data ---------------------------------------------------------------------------

    def set_clients(self, clients: list[ClientSummary] | tuple[ClientSummary, ...]) -> None:
        self.beginResetModel()
        self._rows = list(clients)
        self.endResetModel()

    def clear(self) -> None:
        self.set_clients([])

    def client_at(self, row: int) -> ClientSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == client_id:
                return row
        return -1

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.STATUS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.DATE_OF_BIRTH and summary.date_of_birth is None:
                return self.tr("Date of birth not recorded")
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:  # a tooltip may be read as HTML: "& Co <test>"
                return plain_tooltip(summary.display_name)
            if column == self.UPDATED:
                return format_updated(summary.updated_at, with_time=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CONVICTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ClientIdRole:
            return summary.id
        return None

    def _display(self, summary: ClientSummary, column: int) -> str:
        if column == self.NAME:
            return f"{summary.last_name}, {summary.first_name}"
        if column == self.DATE_OF_BIRTH:
            return summary.date_of_birth.isoformat() if summary.date_of_birth else "—"
        if column == self.CONVICTIONS:
            return str(summary.conviction_count)
        if column == self.STATUS:
            return status_text(summary.status)
        return format_updated(summary.updated_at)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            self.NAME: lambda s: (_fold(s.last_name), _fold(s.first_name)),
            self.DATE_OF_BIRTH: lambda s: (s.date_of_birth is None, s.date_of_birth or ""),
            self.CONVICTIONS: lambda s: s.conviction_count,
            self.UPDATED: lambda s: s.updated_at,
            self.STATUS: lambda s: list(ClientStatus).index(s.status),
        }
        if column not in keys:
            return
        self.layoutAboutToBeChanged.emit()
        old = [summary.id for summary in self._rows]
        self._rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        new_row = {summary.id: row for row, summary in enumerate(self._rows)}
        for index in self.persistentIndexList():
            moved = self.index(new_row[old[index.row()]], index.column())
            self.changePersistentIndex(index, moved)
        self.layoutChanged.emit()


class _SearchField(QLineEdit):
    """The search box: Down or Enter moves into the list, Escape clears the search."""

    to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_list.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The client list with a search field, and the selected client's record beside it.

    The window owns `store` from now on: it closes it on Lock and on close.
    """

    clients_loaded = Signal(int)  # rows now in the list, after each answer arrives
    client_shown = Signal(str)  # id of the client whose record is now on screen
    lock_requested = Signal()  # the user chose Lock: the store is closed, the window closes
    closed = Signal()  # the window has closed (after lock_requested when locking)
    intake_opened = Signal(object)  # an IntakeWizard, once shown

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._search_generation = 0
        self._load_generation = 0
        self._search_task: Task | None = None
        self._load_task: Task | None = None
        self._loading_id: str | None = None
        self._focus_on_show = False
        self._select_after_search: str | None = None  # a client just sent for review
        self._shut_down = False
        self._closed_emitted = False
        self.is_loaded = False  # True once the first answer for the list has arrived
        self._page: operations.ClientPage | None = None  # the list's last answer, for texts

        self.resize(1200, 760)

        self._build_widgets()
        self._build_menus()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)

        self.loading_timer = QTimer(self)
        self.loading_timer.setSingleShot(True)
        self.loading_timer.setInterval(LOADING_DELAY_MS)
        self.loading_timer.timeout.connect(
            lambda: self.client_view.show_message(self.tr("Loading the record…"))
        )

        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.to_list.connect(self._focus_list)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.installEventFilter(self)

        self.idle_lock = IdleLock(self.lock, self)
        operations.load_settings(self.store, self.apply_settings, self._operation_failed)

        self.retranslate_ui()
        self.run_search()
        self.search_edit.setFocus()

    # --- building -----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_edit = _SearchField(self)
        self.search_edit.setClearButtonEnabled(True)

        self.model = ClientTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        # Fit columns to the rows on screen, not to all 500: measuring every row on every
        # keystroke asked the model for a million cells and cost ~200 ms per search.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            ClientTableModel.DATE_OF_BIRTH,
            ClientTableModel.CONVICTIONS,
            ClientTableModel.UPDATED,
            ClientTableModel.STATUS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(ClientTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.setSortIndicatorShown(False)  # the store's order until a header is clicked
        header.sectionClicked.connect(lambda _section: header.setSortIndicatorShown(True))

        self.list_message = QLabel(self)
        self.list_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_message.setWordWrap(True)
        self.list_message.setMargin(24)
        self.list_message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.list_message)

        self.status_filter = QComboBox(self)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.run_search())
        self.new_intake_button = QPushButton(self)
        self.new_intake_button.clicked.connect(lambda: self.open_intake(None))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.status_filter)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.new_intake_button)

        self.client_view = ClientView(self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.client_view)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([480, 720])
        self.setCentralWidget(self.splitter)

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status_label, 1)

    def _build_menus(self) -> None:
        """Menus and actions; their texts are set in `retranslate_ui`."""
        self.file_menu = self.menuBar().addMenu("")
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.file_menu.addAction(self.find_action)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.file_menu.addAction(self.lock_action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.client_menu = self.menuBar().addMenu("")
        self.new_intake_action = QAction(self)
        self.new_intake_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_intake_action.triggered.connect(lambda: self.open_intake(None))
        self.client_menu.addAction(self.new_intake_action)
        self.edit_action = QAction(self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.setEnabled(False)  # until a client is selected
        self.edit_action.triggered.connect(self.edit_current)
        self.client_menu.addAction(self.edit_action)
        self.documents_action = QAction(self)
        self.documents_action.setShortcut(QKeySequence.StandardKey.Print)
        self.documents_action.setEnabled(False)  # until a client's record is on screen
        self.documents_action.triggered.connect(self.open_documents)
        self.client_menu.addAction(self.documents_action)
        self.review_action = QAction(self)
        self.review_action.setShortcut(QKeySequence("Ctrl+R"))
        self.review_action.triggered.connect(self.open_review)
        self.client_menu.addAction(self.review_action)
        self.client_menu.addSeparator()
        self.mark_actions: dict[ClientStatus, QAction] = {}
        for status in (ClientStatus.FILED, ClientStatus.GRANTED, ClientStatus.DENIED):
            action = QAction(self)
            action.triggered.connect(lambda _checked, status=status: self.mark_current(status))
            action.setEnabled(False)  # until a client is selected
            self.client_menu.addAction(action)
            self.mark_actions[status] = action

        self.language_menu = self._build_language_menu()

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_language_menu(self) -> QMenu:
        """English / Español, each named in its own language; switches at once."""
        menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in translations.LANGUAGE_NAMES.items():
            action = QAction(f"&{name}", group)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked, code=code: translations.set_language(code))
            menu.addAction(action)
            self.language_actions[code] = action
        return menu

    # --- language -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language (at start and on switch)."""
        self.setWindowTitle(self.tr("Clean Slate Desk — {name}").format(name=self.store.path.name))
        self.search_edit.setPlaceholderText(self.tr("Search clients by name…"))
        self.search_edit.setAccessibleName(self.tr("Search clients by name"))
        self.table.setAccessibleName(self.tr("Clients"))
        self.list_message.setAccessibleName(self.tr("Search result"))
        self.status_label.setAccessibleName(self.tr("Number of clients"))
        self.model.retranslate()

        self.file_menu.setTitle(self.tr("&File"))
        self.find_action.setText(self.tr("&Find client…"))
        self.search_edit.setToolTip(
            self.tr("Search clients by name ({shortcut})").format(
                shortcut=self.find_action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.client_menu.setTitle(self.tr("&Client"))
        self.new_intake_action.setText(self.tr("&New intake…"))
        self.edit_action.setText(self.tr("Continue the intake or &edit the record…"))
        self.documents_action.setText(self.tr("&Documents and printing…"))
        self.review_action.setText(self.tr("Attorney &review…"))
        self.mark_actions[ClientStatus.FILED].setText(self.tr("Mark as &filed"))
        self.mark_actions[ClientStatus.GRANTED].setText(self.tr("Mark as &granted"))
        self.mark_actions[ClientStatus.DENIED].setText(self.tr("Mark as de&nied"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.new_intake_button.setText(self.tr("New intake (Ctrl+N)"))
        self.status_filter.setAccessibleName(self.tr("Show clients whose status is"))
        self._fill_status_filter()
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[translations.current_language()].setChecked(True)
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Clean Slate Desk"))

        if self._page is None:
            self.status_label.setText(self.tr("Loading clients…"))
        else:
            self._update_status(self._page)
            self._update_list_message(self._page)
            self._fit_list_width()  # column titles of another length

    # --- search -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def run_search(self) -> None:
        """Ask for the clients matching the search text now (the timer calls this)."""
        if self._shut_down:
            return
        self.search_timer.stop()
        self._search_generation += 1
        generation = self._search_generation
        query = self.search_edit.text().strip()
        if self._search_task is not None:
            self._search_task.cancel()  # skipped if it has not started yet
        self._search_task = operations.search_clients(
            self.store,
            query,
            lambda page: self._show_page(generation, page),
            self._operation_failed,
            limit=LIST_LIMIT,
            status=self.filtered_status(),
        )

    def filtered_status(self) -> ClientStatus | None:
        """The status the list is filtered on (Qt hands item data back as plain text)."""
        data = self.status_filter.currentData()
        return ClientStatus(data) if data else None

    def _show_page(self, generation: int, page: operations.ClientPage) -> None:
        if self._shut_down or generation != self._search_generation:
            return  # the user typed more since this search started
        selected = self._select_after_search or self.current_client_id()
        sent, self._select_after_search = self._select_after_search, None
        self.model.set_clients(page.clients)
        header = self.table.horizontalHeader()
        if header.isSortIndicatorShown():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self.is_loaded:
            self.is_loaded = True
            self._fit_list_width()
        self._page = page
        self._update_status(page)
        self._update_list_message(page)
        self.list_stack.setCurrentWidget(self.table if page.clients else self.list_message)
        row = self.model.row_of(selected) if selected else -1
        if row >= 0:
            self.table.selectRow(row)
        elif selected is not None:
            self._show_record(None)
        if sent is not None:
            self._say_sent(self.model.client_at(row) if row >= 0 else None)
        self.clients_loaded.emit(len(page.clients))

    def _say_sent(self, summary: ClientSummary | None) -> None:
        """After the hand-over the wizard is gone: say where the client went."""
        if summary is None:  # hidden by the search or the status filter
            text = self.tr("Sent to an attorney for review. Ctrl+R opens the review queue.")
        else:
            text = self.tr(
                "{name} was sent to an attorney for review. Ctrl+R opens the review queue."
            ).format(name=summary.display_name)
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _fit_list_width(self) -> None:
        """Widen the list pane so names are not cut off (large fonts), within reason."""
        table = self.table
        needed = sum(
            max(table.sizeHintForColumn(c), table.horizontalHeader().sectionSizeHint(c))
            for c in range(1, self.model.columnCount())
        )
        needed += max(
            table.sizeHintForColumn(ClientTableModel.NAME),
            12 * self.fontMetrics().averageCharWidth(),
        )
        needed += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 16
        left, right = self.splitter.sizes()
        total = left + right
        if total <= 0 or left >= needed:
            return
        left = min(needed, int(total * 0.55))
        self.splitter.setSizes([left, total - left])

    def _update_list_message(self, page: operations.ClientPage) -> None:
        """What the list pane says instead of an empty table."""
        if page.clients:
            self.list_message.clear()
        elif page.query:
            self.list_message.setText(
                self.tr(
                    "No client's name starts with “{query}”. Check the spelling, or try "
                    "another name the client uses."
                ).format(query=page.query)
            )
        else:
            self.list_message.setText(self.tr("There are no clients in this database yet."))

    def _update_status(self, page: operations.ClientPage) -> None:
        shown = len(page.clients)
        if page.query:
            text = self.tr("{shown} of {total} clients match “{query}”").format(
                shown=shown, total=page.total, query=page.query
            )
        elif shown < page.total:
            text = self.tr(
                "{total} clients — showing the first {shown}; search to find others"
            ).format(total=page.total, shown=shown)
        elif page.total == 1:
            text = self.tr("1 client")
        else:
            text = self.tr("{total} clients").format(total=page.total)
        self.status_label.setText(text)

    # --- selection and the record -------------------------------------------------------

    def current_client_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        value = index.siblingAtColumn(0).data(ClientTableModel.ClientIdRole)
        return str(value) if value else None

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.client_at(current.row()) if current.isValid() else None
        for action in (self.edit_action, *self.mark_actions.values()):
            action.setEnabled(summary is not None)  # each acts on the selected client
        if summary is None:
            self._show_record(None)
            return
        shown = self.client_view.client
        if (shown is not None and shown.id == summary.id) or self._loading_id == summary.id:
            return
        self._load(summary.id)

    def _load(self, client_id: str) -> None:
        self._load_generation += 1
        generation = self._load_generation
        self._loading_id = client_id
        self.loading_timer.start()
        if self._load_task is not None:
            self._load_task.cancel()
        self._load_task = operations.load_client(
            self.store,
            client_id,
            lambda client: self._client_loaded(generation, client),
            lambda exc: self._client_failed(generation, exc),
        )

    def _client_loaded(self, generation: int, client: Client) -> None:
        if self._shut_down or generation != self._load_generation:
            return
        self._show_record(client)

    def _client_failed(self, generation: int, exc: BaseException) -> None:
        if self._shut_down or generation != self._load_generation:
            return
        self.loading_timer.stop()
        self._loading_id = None
        self._focus_on_show = False
        if isinstance(exc, ClientNotFound):
            # Deleted since the list was read: say so in place, and refresh the list.
            self.client_view.show_message(errors.describe(exc).message)
            self.run_search()
            return
        self.client_view.set_client(None)
        errors.show_error(exc, self)

    def _show_record(self, client: Client | None) -> None:
        self.loading_timer.stop()
        self._loading_id = None
        self.client_view.set_client(client)
        self.documents_action.setEnabled(client is not None)
        if client is None:
            self._focus_on_show = False
            return
        if self._focus_on_show:
            self._focus_on_show = False
            self.client_view.focus_record()
        self.client_shown.emit(client.id)

    def open_current(self) -> None:
        """Enter or double-click: show the current client's record and move focus into it."""
        client_id = self.current_client_id()
        if client_id is None:
            return
        shown = self.client_view.client
        if shown is not None and shown.id == client_id:
            self.client_view.focus_record()
            return
        self._focus_on_show = True  # focus follows once the record arrives
        if self._loading_id != client_id:
            self._load(client_id)

    # --- intake, review, settings -------------------------------------------------------

    def _fill_status_filter(self) -> None:
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All clients"), None)
        for status in ClientStatus:
            self.status_filter.addItem(status_text(status), status)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(current), 0))
        self.status_filter.blockSignals(False)

    def open_intake(self, client_id: str | None) -> None:
        """A new interview (Ctrl+N), or the one of `client_id` where it stopped."""
        if client_id is None:
            self._show_wizard(IntakeWizard(self.store, parent=self))
            return
        operations.load_intake(
            self.store,
            client_id,
            lambda found: self._show_wizard(
                IntakeWizard(self.store, client=found[0], draft=found[1], parent=self)
            ),
            self._operation_failed,
        )

    def _show_wizard(self, wizard: IntakeWizard) -> None:
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.saved.connect(lambda _id: self.search_timer.start())
        wizard.sent_for_review.connect(self._sent_for_review)
        wizard.show()
        self.intake_opened.emit(wizard)

    def _sent_for_review(self, client_id: str) -> None:
        self._select_after_search = client_id
        self.run_search()

    def edit_current(self) -> None:
        """Ctrl+E: continue the selected client's intake, or correct their record."""
        client_id = self.current_client_id()
        if client_id is not None:
            self.open_intake(client_id)

    def open_review(self) -> QDialog:
        """Ctrl+R: the attorney's queue of clients awaiting review."""
        dialog = ReviewDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review.signed_off.connect(lambda _id: self.run_search())
        dialog.show()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, settings: ClinicSettings) -> None:
        """What takes effect at once: the idle lock, and the clinic's default language
        unless someone already chose one with the Language menu."""
        self.idle_lock.set_minutes(settings.idle_lock_minutes)
        if not translations.language_chosen():
            translations.set_language(settings.default_language.value)

    def mark_current(self, status: ClientStatus) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            operations.set_status(
                self.store, client_id, status, lambda _r: self.run_search(), self._operation_failed
            )

    def open_documents(self) -> PacketDialog | None:
        """The shown client's packet: preview, print or save (Ctrl+P)."""
        client = self.client_view.client
        if client is None:
            return None
        dialog = PacketDialog(self.store, client.id, client.display_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _focus_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(max(self.table.currentIndex().row(), 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.FocusIn
            and self.model.rowCount()
            and not self.table.selectionModel().hasSelection()
        ):
            # Qt would make row 0 current without selecting it; the record beside the list
            # must always belong to the highlighted row.
            self.table.selectRow(max(self.table.currentIndex().row(), 0))
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    # --- lock, quit, about --------------------------------------------------------------

    def lock(self) -> None:
        """Forget what is on screen, close the store, and ask the app to unlock again."""
        if self._shut_down:
            return
        self._shut_down_store()
        self.lock_requested.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shut_down_store()
        super().closeEvent(event)
        if not self._closed_emitted:
            self._closed_emitted = True
            self.closed.emit()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Clean Slate Desk"),
            self.tr(
                "Clean Slate Desk helps legal-aid clinics in California find and prepare "
                "record-clearance remedies. Client records stay encrypted on this computer."
            ),
        )

    def _shut_down_store(self) -> None:
        """Stop pending work, clear every name from the screen, close the store and wait."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle_lock.stop()
        # Open interviews save what is on screen before the store closes (their closeEvent
        # waits for the save queue).
        for wizard in self.findChildren(IntakeWizard):
            wizard.close()
        for dialog in self.findChildren(QDialog):
            dialog.close()
        self.search_timer.stop()
        self.loading_timer.stop()
        for task in (self._search_task, self._load_task):
            if task is not None:
                task.cancel()
        self.client_view.set_client(None)
        self.model.clear()
        self.search_edit.clear()
        self._page = None
        # Queued after any task already running, because the DB pool has one thread.
        operations.close_store(self.store, on_error=self._close_failed)
        if not db_pool().waitForDone(10_000):
            errors.log.error("Database work still running 10 s after closing the window")
        if not work_pool().waitForDone(TIMEOUT_CONVERSION_MS):
            errors.log.error("Document work still running after closing the window")
        QApplication.processEvents()  # deliver the close result (or its error) now

    # --- helpers ------------------------------------------------------------------------

    def report_error(self, exc: BaseException) -> None:
        """Show a failed operation's error over this window (just log it once closed)."""
        self._operation_failed(exc)

    def _operation_failed(self, exc: BaseException) -> None:
        if self._shut_down:
            errors.describe(exc)  # no dialog for a window that is gone, but still logged
            return
        errors.show_error(exc, self)

    def _close_failed(self, exc: BaseException) -> None:
        errors.show_error(exc, None)
