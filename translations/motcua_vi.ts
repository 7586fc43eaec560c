<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackupService</name>
    <message>
        <source>Backup file %1 already exists; choose another name.</source>
        <translation>Tệp sao lưu %1 đã có; vui lòng chọn tên khác.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu ra %1 không thành công: %2</translation>
    </message>
    <message>
        <source>Backup file %1 does not exist.</source>
        <translation>Không có tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation>%1 không phải là cơ sở dữ liệu đọc được: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>%1 is not a Một Cửa Desk database of a version this program can read (schema version %2).</source>
        <translation>%1 không phải là cơ sở dữ liệu Một Cửa Desk có phiên bản mà chương trình này đọc được (phiên bản lược đồ %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a database file (its header is wrong or missing).</source>
        <translation>%1 không phải là tệp cơ sở dữ liệu (phần đầu tệp sai hoặc bị mất).</translation>
    </message>
    <message>
        <source>%1 is truncated: it should hold %2 bytes but has %3.</source>
        <translation>%1 bị cắt cụt: lẽ ra phải có %2 byte nhưng chỉ có %3.</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Không chuyển được bản sao lưu vào vị trí %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to the database.</source>
        <translation>Không sao chép được %1 vào thư mục chứa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot set the current database %1 aside; nothing was changed.</source>
        <translation>Không cất riêng được cơ sở dữ liệu hiện tại %1; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place at %1.</source>
        <translation>Không đặt được cơ sở dữ liệu khôi phục vào vị trí %1.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Check the database: schema version and integrity (exit 0 when healthy).</source>
        <translation>Kiểm tra cơ sở dữ liệu: phiên bản lược đồ và tính toàn vẹn (mã thoát 0 khi không có lỗi).</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>lệnh check không nhận tham số.</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (current %2)</source>
        <translation>phiên bản lược đồ: %1 (phiên bản hiện hành %2)</translation>
    </message>
    <message numerus="yes">
        <source>integrity check failed: %n problem(s).</source>
        <translation>
            <numerusform>kiểm tra toàn vẹn không đạt: %n lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>tính toàn vẹn: tốt</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị hướng dẫn này.</translation>
    </message>
    <message>
        <source>Print the program version and the schema version it writes.</source>
        <translation>In phiên bản chương trình và phiên bản lược đồ dữ liệu mà chương trình sử dụng.</translation>
    </message>
    <message>
        <source>version takes no arguments.</source>
        <translation>lệnh version không nhận tham số.</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>phiên bản lược đồ %1</translation>
    </message>
    <message>
        <source>Write a verified copy of the database: backup --out FILE.</source>
        <translation>Ghi một bản sao lưu đã kiểm tra của cơ sở dữ liệu: backup --out TỆP.</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>Tệp sao lưu cần tạo.</translation>
    </message>
    <message>
        <source>usage: motcua-cli backup --out FILE</source>
        <translation>cách dùng: motcua-cli backup --out TỆP</translation>
    </message>
    <message>
        <source>backup written and verified: %1</source>
        <translation>đã ghi và kiểm tra bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup (the current file is kept): restore FILE. Close every desk first.</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu đã kiểm tra (tệp hiện tại được giữ lại): restore TỆP. Đóng chương trình ở mọi máy trạm trước khi chạy.</translation>
    </message>
    <message>
        <source>usage: motcua-cli restore FILE</source>
        <translation>cách dùng: motcua-cli restore TỆP</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>đã khôi phục %1 từ %2</translation>
    </message>
    <message>
        <source>the replaced database is kept as %1</source>
        <translation>cơ sở dữ liệu bị thay thế được giữ lại tại %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>"motcua-cli COMMAND --help" describes one command. Exit codes: 0 success, 1 bad input or failed check, 2 usage error.</source>
        <translation>"motcua-cli LỆNH --help" mô tả một lệnh. Mã thoát: 0 thành công, 1 dữ liệu sai hoặc kiểm tra không đạt, 2 gọi lệnh sai cú pháp.</translation>
    </message>
    <message>
        <source>Một Cửa Desk on the command line.</source>
        <translation>Một Cửa Desk trên dòng lệnh.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị hướng dẫn này.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Lệnh cần chạy.</translation>
    </message>
    <message>
        <source>unknown command "%1". Run motcua-cli --help for the list.</source>
        <translation>không có lệnh "%1". Chạy motcua-cli --help để xem danh sách lệnh.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database location was given.</source>
        <translation>Chưa chỉ định vị trí cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database location %1 is a folder, not a file.</source>
        <translation>Vị trí cơ sở dữ liệu %1 là một thư mục, không phải một tệp.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Không tạo được thư mục %1 để chứa cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a usable database: %2</source>
        <translation>Tệp %1 không phải là cơ sở dữ liệu dùng được: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Một Cửa Desk</source>
        <translation>Chào mừng đến với Một Cửa Desk</translation>
    </message>
    <message>
        <source>Before the first dossier, enter your office's identity as it is printed on the forms. You can change it later in Settings.</source>
        <translation>Trước khi tiếp nhận hồ sơ đầu tiên, vui lòng nhập thông tin cơ quan đúng như in trên biểu mẫu. Có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>motcua: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start it on a desktop session, or without a screen with:
  motcua -platform offscreen --screenshot FILE.png</source>
        <translation>motcua: không tìm thấy màn hình (chưa đặt DISPLAY hay WAYLAND_DISPLAY).
Hãy chạy trong phiên làm việc có giao diện đồ họa, hoặc khi không có màn hình thì dùng:
  motcua -platform offscreen --screenshot TỆP.png</translation>
    </message>
    <message>
        <source>Một Cửa Desk: the one-stop counter desk.</source>
        <translation>Một Cửa Desk: phần mềm Bộ phận Một cửa.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>Render the main window at 1366×768 to a PNG file and exit.</source>
        <translation>Chụp cửa sổ chính ở kích thước 1366×768 ra tệp PNG rồi thoát.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Không ghi được ảnh chụp màn hình %1.</translation>
    </message>
    <message>
        <source>%1

No good backup was found in %2. The file was left as it is.</source>
        <translation>%1

Không tìm thấy bản sao lưu nào dùng được trong %2. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, %2? The damaged file is kept beside it.</source>
        <translation>%1

Khôi phục từ bản sao lưu tốt gần nhất, %2? Tệp bị hỏng được giữ lại bên cạnh.</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Đã khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database was restored from %1. The damaged file is kept as %2.</source>
        <translation>Cơ sở dữ liệu đã được khôi phục từ %1. Tệp bị hỏng được giữ lại tại %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Overdue and due soon</source>
        <translation>Hồ sơ quá hạn, sắp đến hạn</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng theo dõi chỉ tiêu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Chuyển đến</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Một Cửa Desk</source>
        <translation>&amp;Giới thiệu Một Cửa Desk</translation>
    </message>
    <message>
        <source>office not configured</source>
        <translation>chưa khai báo cơ quan</translation>
    </message>
    <message>
        <source>Một Cửa Desk — %1</source>
        <translation>Một Cửa Desk — %1</translation>
    </message>
    <message>
        <source>About Một Cửa Desk</source>
        <translation>Giới thiệu Một Cửa Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Một Cửa Desk %1&lt;/h3&gt;&lt;p&gt;Reception, due dates, forms and compliance counters for a commune's one-stop counter.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Một Cửa Desk %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ, tính ngày hẹn trả, in biểu mẫu và theo dõi chỉ tiêu cải cách hành chính cho Bộ phận Một cửa cấp xã.&lt;/p&gt;&lt;p&gt;Giấy phép: %2&lt;/p&gt;&lt;p&gt;Dữ liệu: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer version of Một Cửa Desk.</source>
        <translation>Cơ sở dữ liệu có phiên bản lược đồ %1, nhưng chương trình này chỉ hỗ trợ đến phiên bản %2. Vui lòng dùng phiên bản Một Cửa Desk mới hơn.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 (%2) không thành công: %3</translation>
    </message>
</context>
<context>
    <name>OfficeIdentityForm</name>
    <message>
        <source>e.g. UBND XÃ TÂN BÌNH</source>
        <translation>ví dụ: UBND XÃ TÂN BÌNH</translation>
    </message>
    <message>
        <source>e.g. UBND HUYỆN VĨNH CỬU</source>
        <translation>ví dụ: UBND HUYỆN VĨNH CỬU</translation>
    </message>
    <message>
        <source>e.g. Tân Bình</source>
        <translation>ví dụ: Tân Bình</translation>
    </message>
    <message>
        <source>&amp;Agency name (as printed):</source>
        <translation>&amp;Tên cơ quan (như in trên biểu mẫu):</translation>
    </message>
    <message>
        <source>&amp;Parent agency:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>Electronic agency &amp;code:</source>
        <translation>&amp;Mã định danh điện tử:</translation>
    </message>
    <message>
        <source>P&amp;lace name for the date line:</source>
        <translation>&amp;Địa danh ghi ở dòng ngày tháng:</translation>
    </message>
    <message>
        <source>&amp;Morning hours:</source>
        <translation>Giờ làm việc &amp;buổi sáng:</translation>
    </message>
    <message>
        <source>A&amp;fternoon hours:</source>
        <translation>Giờ làm việc buổi &amp;chiều:</translation>
    </message>
    <message>
        <source>Four groups separated by dots, as assigned by the province (QĐ 20/2020/QĐ-TTg).</source>
        <translation>Gồm bốn nhóm ký tự ngăn cách bởi dấu chấm, do tỉnh cấp (QĐ 20/2020/QĐ-TTg).</translation>
    </message>
    <message>
        <source>Not a valid code yet: expected four groups separated by dots, like 000.00.06.H56.</source>
        <translation>Mã chưa hợp lệ: cần bốn nhóm ký tự ngăn cách bởi dấu chấm, ví dụ 000.00.06.H56.</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>Working hours: the morning must start before it ends, and end no later than the afternoon starts.</source>
        <translation>Giờ làm việc: giờ bắt đầu buổi sáng phải trước giờ kết thúc, và buổi sáng phải kết thúc trước khi buổi chiều bắt đầu.</translation>
    </message>
    <message>
        <source>Agency name: this field is required.</source>
        <translation>Tên cơ quan: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Parent agency: this field is required.</source>
        <translation>Cơ quan chủ quản: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Agency code: "%1" is not an electronic agency code; expected four groups separated by dots, like 000.00.06.H56.</source>
        <translation>Mã định danh: "%1" không phải là mã định danh điện tử; cần bốn nhóm ký tự ngăn cách bởi dấu chấm, ví dụ 000.00.06.H56.</translation>
    </message>
    <message>
        <source>Place name: this field is required (it is printed in the date line).</source>
        <translation>Địa danh: bắt buộc phải nhập (dùng để in ở dòng ngày tháng).</translation>
    </message>
    <message>
        <source>Form switch date: this is not a valid date.</source>
        <translation>Ngày chuyển mẫu biểu: ngày không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsStore</name>
    <message>
        <source>Cannot read the office settings: %1</source>
        <translation>Không đọc được thông tin cơ quan: %1</translation>
    </message>
    <message>
        <source>Cannot save the office settings: %1</source>
        <translation>Không lưu được thông tin cơ quan: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office identity and working hours</source>
        <translation>Thông tin cơ quan và giờ làm việc</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Máy trạm này</translation>
    </message>
    <message>
        <source>Interface &amp;language (after restart):</source>
        <translation>&amp;Ngôn ngữ giao diện (áp dụng khi khởi động lại):</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Cannot read the database schema version: %1</source>
        <translation>Không đọc được phiên bản lược đồ cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot record the database schema version: %1</source>
        <translation>Không ghi được phiên bản lược đồ cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Không chạy được kiểm tra toàn vẹn: %1</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2</source>
        <translation>Tham chiếu hỏng ở bảng %1, dòng %2</translation>
    </message>
</context>
<context>
    <name>TransactionGuard</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Không bắt đầu được giao dịch ghi dữ liệu: %1</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>Không có giao dịch nào đang mở.</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>Không lưu được các thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>This function is not available in this version.</source>
        <translation>Chức năng này chưa có trong phiên bản này.</translation>
    </message>
</context>
</TS>