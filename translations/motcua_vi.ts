<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountsModel</name>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Chờ đổi mật khẩu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>&amp;Reset password</source>
        <translation>Đặt lại mật khẩ&amp;u</translation>
    </message>
    <message>
        <source>new password, at least %1 characters</source>
        <translation>mật khẩu mới, ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Tài khoản đang chọn</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>After a reset the officer must choose a new password at the next sign-in. Accounts are disabled, never deleted: the audit log keeps their names.</source>
        <translation>Sau khi đặt lại, cán bộ phải tự chọn mật khẩu mới ở lần đăng nhập kế tiếp. Tài khoản chỉ bị vô hiệu hóa, không bao giờ bị xóa: nhật ký hệ thống vẫn giữ tên người thực hiện.</translation>
    </message>
    <message>
        <source>e.g. lan.nt</source>
        <translation>ví dụ: lan.nt</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Tên đăng nhậ&amp;p:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Họ và tên đầ&amp;y đủ:</translation>
    </message>
    <message>
        <source>First pa&amp;ssword:</source>
        <translation>Mật khẩu &amp;ban đầu:</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>Kích h&amp;oạt lại tài khoản</translation>
    </message>
    <message>
        <source>Account %1 added; %2 chooses a new password at the first sign-in.</source>
        <translation>Đã thêm tài khoản %1; %2 sẽ tự chọn mật khẩu mới ở lần đăng nhập đầu tiên.</translation>
    </message>
    <message>
        <source>Full name changed.</source>
        <translation>Đã đổi họ và tên.</translation>
    </message>
    <message>
        <source>Role changed to %1.</source>
        <translation>Đã đổi vai trò thành %1.</translation>
    </message>
    <message>
        <source>Password reset; it must be changed at the next sign-in.</source>
        <translation>Đã đặt lại mật khẩu; cán bộ phải đổi mật khẩu ở lần đăng nhập kế tiếp.</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Đã vô hiệu hóa tài khoản %1.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Đã kích hoạt lại tài khoản %1.</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Đổ&amp;i tên</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai t&amp;rò</translation>
    </message>
    <message>
        <source>D&amp;isable account</source>
        <translation>Vô hiệu hó&amp;a tài khoản</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Thêm tài khoả&amp;n</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Gia&amp;o vai trò:</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Apology letter and new appointment — %1</source>
        <translation>Phiếu xin lỗi và hẹn lại ngày trả kết quả — %1</translation>
    </message>
    <message>
        <source>Why the result will be late, as the applicant will read it</source>
        <translation>Lý do trễ hạn trả kết quả, ghi như người nộp hồ sơ sẽ đọc</translation>
    </message>
    <message>
        <source> working days later</source>
        <translation> ngày làm việc sau</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>Hồ sơ:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Current due date:</source>
        <translation>Ngày hẹn trả hiện tại:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;New appointment:</source>
        <translation>Ngày &amp;hẹn lại:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>A new appointment (%1) was already given once. A further one needs the supervisor&apos;s note.</source>
        <translation>Đã hẹn lại ngày trả kết quả một lần (%1). Muốn hẹn lại lần nữa phải có ý kiến của lãnh đạo.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;note:</source>
        <translation>Ý &amp;kiến của lãnh đạo:</translation>
    </message>
    <message>
        <source>Sign and &amp;save</source>
        <translation>Ký và &amp;lưu</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attach: name at least one file.</source>
        <translation>Đính kèm: phải nêu ít nhất một tệp.</translation>
    </message>
    <message>
        <source>Cannot read the dossier %1: %2</source>
        <translation>Không đọc được hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>Không có hồ sơ %1.</translation>
    </message>
    <message>
        <source>Document: &quot;%1&quot; is not among the documents handed in for %2 (%3).</source>
        <translation>Giấy tờ: «%1» không có trong thành phần hồ sơ đã nộp của %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the file %1: %2</source>
        <translation>Không lưu được tệp %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the files of %1: %2</source>
        <translation>Không đọc được các tệp của hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>Cannot mark %1 digitized: %2</source>
        <translation>Không ghi nhận được hồ sơ %1 đã số hóa: %2</translation>
    </message>
    <message>
        <source>Dossier %1 has no file with SHA-256 %2.</source>
        <translation>Hồ sơ %1 không có tệp nào có mã SHA-256 %2.</translation>
    </message>
    <message>
        <source>File %1: larger than %2 MB, and a server register keeps no files beside it; keep it in the office&apos;s document system.</source>
        <translation>Tệp %1: lớn hơn %2 MB, mà sổ trên máy chủ không lưu tệp bên cạnh; hãy lưu tệp này trong hệ thống quản lý văn bản của cơ quan.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the files kept beside the register: %1</source>
        <translation>Không đọc được các tệp lưu bên cạnh sổ: %1</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>agency name</source>
        <translation>tên cơ quan</translation>
    </message>
    <message>
        <source>parent agency</source>
        <translation>cơ quan chủ quản</translation>
    </message>
    <message>
        <source>electronic agency code</source>
        <translation>mã định danh điện tử</translation>
    </message>
    <message>
        <source>place name</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <source>morning opens</source>
        <translation>giờ bắt đầu buổi sáng</translation>
    </message>
    <message>
        <source>morning closes</source>
        <translation>giờ kết thúc buổi sáng</translation>
    </message>
    <message>
        <source>afternoon opens</source>
        <translation>giờ bắt đầu buổi chiều</translation>
    </message>
    <message>
        <source>afternoon closes</source>
        <translation>giờ kết thúc buổi chiều</translation>
    </message>
    <message>
        <source>supplement policy</source>
        <translation>cách tính thời hạn khi bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>form set switch date</source>
        <translation>ngày chuyển bộ biểu mẫu</translation>
    </message>
    <message>
        <source>receipt (Mẫu 01)</source>
        <translation>biên nhận (Mẫu 01)</translation>
    </message>
    <message>
        <source>supplement request (Mẫu 02)</source>
        <translation>phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)</translation>
    </message>
    <message>
        <source>refusal (Mẫu 03)</source>
        <translation>phiếu từ chối tiếp nhận (Mẫu 03)</translation>
    </message>
    <message>
        <source>apology letter (Mẫu 04)</source>
        <translation>phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)</translation>
    </message>
    <message>
        <source>stop notice (Mẫu 05)</source>
        <translation>thông báo dừng giải quyết hồ sơ (Mẫu 05)</translation>
    </message>
    <message>
        <source>control sheet (Mẫu 06)</source>
        <translation>phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) handed in</source>
        <translation>
            <numerusform>%n giấy tờ đã nộp</numerusform>
        </translation>
    </message>
    <message>
        <source>procedure %1 added</source>
        <translation>thêm thủ tục %1</translation>
    </message>
    <message>
        <source>procedure %1 changed</source>
        <translation>sửa thủ tục %1</translation>
    </message>
    <message>
        <source>procedure %1 withdrawn from reception</source>
        <translation>ngừng tiếp nhận thủ tục %1</translation>
    </message>
    <message>
        <source>catalogue imported: %1 added, %2 updated</source>
        <translation>nhập danh mục thủ tục: thêm %1, cập nhật %2</translation>
    </message>
    <message>
        <source>required documents of %1 procedure(s) replaced</source>
        <translation>thay thành phần hồ sơ của %1 thủ tục</translation>
    </message>
    <message>
        <source>calendar of %1 confirmed (%2)</source>
        <translation>xác nhận lịch làm việc năm %1 (%2)</translation>
    </message>
    <message>
        <source>day %1 added (%2): %3</source>
        <translation>thêm ngày %1 (%2): %3</translation>
    </message>
    <message>
        <source>day %1 changed (%2): %3</source>
        <translation>sửa ngày %1 (%2): %3</translation>
    </message>
    <message>
        <source>day %1 removed (%2): %3</source>
        <translation>xóa ngày %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>target for %1 in %2 removed</source>
        <translation>xóa chỉ tiêu %1 năm %2</translation>
    </message>
    <message>
        <source>target for %1 in %2: %3</source>
        <translation>chỉ tiêu %1 năm %2: %3</translation>
    </message>
    <message>
        <source>an increase over the year before</source>
        <translation>tăng so với năm trước</translation>
    </message>
    <message>
        <source>database for this computer: %1 → %2</source>
        <translation>cơ sở dữ liệu của máy này: %1 → %2</translation>
    </message>
    <message>
        <source>report %1 from %2 to %3 written to %4</source>
        <translation>xuất báo cáo %1 từ %2 đến %3 ra tệp %4</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Không đọc được nhật ký hệ thống: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Không ghi được nhật ký hệ thống: %1</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3) does not match the chain: it, or an entry before it, was changed, removed or moved.</source>
        <translation>Bản ghi nhật ký số %1 (%2, %3) không khớp với chuỗi kiểm tra: bản ghi này hoặc một bản ghi trước nó đã bị sửa, xóa hoặc di chuyển.</translation>
    </message>
    <message>
        <source>The newest audit entries are missing: the log ends at entry %1, but entry %2 was written.</source>
        <translation>Thiếu các bản ghi nhật ký mới nhất: nhật ký chỉ còn đến bản ghi số %1, nhưng bản ghi số %2 đã được ghi.</translation>
    </message>
    <message>
        <source>The audit log has lost its register id: its seal was removed from the database.</source>
        <translation>Nhật ký hệ thống đã mất mã định danh sổ: dấu niêm phong đã bị xóa khỏi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The audit log holds %1 entries, but the record of its newest entry was removed from the database.</source>
        <translation>Nhật ký hệ thống có %1 bản ghi nhưng thông tin về bản ghi mới nhất đã bị xóa khỏi cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 were added after the recorded newest entry %3, outside this program.</source>
        <translation>Các bản ghi nhật ký từ số %1 đến số %2 được thêm vào sau bản ghi mới nhất đã niêm phong (số %3), không qua chương trình này.</translation>
    </message>
    <message>
        <source>The recorded newest audit entry %1 does not match the log: the log was rewritten.</source>
        <translation>Bản ghi mới nhất đã niêm phong (số %1) không khớp với nhật ký: nhật ký đã bị viết lại.</translation>
    </message>
    <message>
        <source>This computer does not have the office&apos;s audit key (register %1), so it cannot tell whether the log was rewritten. Enter the key the administrator wrote down: motcua-cli audit key set, or Audit log &gt; Audit key.</source>
        <translation>Máy này chưa có khóa nhật ký của cơ quan (sổ %1) nên không thể biết nhật ký có bị viết lại hay không. Hãy nhập khóa mà quản trị viên đã ghi lại: motcua-cli audit key set, hoặc Nhật ký hệ thống &gt; Khóa nhật ký.</translation>
    </message>
    <message>
        <source>The newest audit entry %1 is not sealed with the office&apos;s audit key: it was written by a computer that lacks the key, or the log was rewritten.</source>
        <translation>Bản ghi nhật ký mới nhất (số %1) không được niêm phong bằng khóa nhật ký của cơ quan: bản ghi do một máy chưa có khóa ghi, hoặc nhật ký đã bị viết lại.</translation>
    </message>
    <message>
        <source>The seal of the newest audit entry %1 does not match the office&apos;s audit key: the log was rewritten, or the database belongs to another office.</source>
        <translation>Dấu niêm phong của bản ghi nhật ký mới nhất (số %1) không khớp với khóa nhật ký của cơ quan: nhật ký đã bị viết lại, hoặc cơ sở dữ liệu là của cơ quan khác.</translation>
    </message>
    <message>
        <source>This is not the register this computer last saw at %1 (its audit log then reached entry %2): the database was replaced, or its log was wiped.</source>
        <translation>Đây không phải là sổ mà máy này thấy lần trước tại %1 (khi đó nhật ký đã đến bản ghi số %2): cơ sở dữ liệu đã bị thay, hoặc nhật ký đã bị xóa sạch.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but this computer saw entry %2: entries were cut off, or an older copy of the database was put in its place.</source>
        <translation>Nhật ký chỉ còn đến bản ghi số %1, nhưng máy này đã thấy bản ghi số %2: các bản ghi cuối đã bị cắt bỏ, hoặc cơ sở dữ liệu đã bị thay bằng một bản cũ hơn.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the one this computer saw: the log was rewritten.</source>
        <translation>Bản ghi nhật ký số %1 không phải là bản ghi máy này đã thấy: nhật ký đã bị viết lại.</translation>
    </message>
    <message>
        <source>Backup file %1 does not exist.</source>
        <translation>Không có tệp sao lưu %1.</translation>
    </message>
    <message>
        <source>Cannot read the audit log of the backup %1.</source>
        <translation>Không đọc được nhật ký hệ thống trong bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 is not a sealed copy of this register&apos;s audit log.</source>
        <translation>Bản sao lưu %1 không phải là bản sao có niêm phong của nhật ký sổ này.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1 or differs from it, but the backup %2 holds entry %3: entries were cut off or rewritten, or an older copy of the database was put in its place.</source>
        <translation>Nhật ký chỉ còn đến bản ghi số %1 hoặc khác với bản sao lưu, trong khi bản sao lưu %2 đã có bản ghi số %3: các bản ghi đã bị cắt bỏ hoặc viết lại, hoặc cơ sở dữ liệu đã bị thay bằng một bản cũ hơn.</translation>
    </message>
    <message>
        <source>This database has no sealed audit log yet: there is no key to enter.</source>
        <translation>Cơ sở dữ liệu này chưa có nhật ký được niêm phong: không có khóa nào để nhập.</translation>
    </message>
    <message>
        <source>This key does not match the seal of the office&apos;s audit log (register %1): check what was typed, or whether it is the key of this office.</source>
        <translation>Khóa này không khớp với dấu niêm phong nhật ký của cơ quan (sổ %1): hãy kiểm tra lại các ký tự đã nhập, hoặc xem đó có đúng là khóa của cơ quan này không.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Viewed</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Documents recorded</source>
        <translation>Ghi thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>Ra thông báo</translation>
    </message>
    <message>
        <source>Apology letter</source>
        <translation>Thư xin lỗi</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Dữ liệu mô phỏng</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Đổi chỉ tiêu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Calendar changed</source>
        <translation>Sửa lịch làm việc</translation>
    </message>
    <message>
        <source>Catalogue changed</source>
        <translation>Sửa danh mục thủ tục</translation>
    </message>
    <message>
        <source>Office settings changed</source>
        <translation>Sửa thông tin cơ quan</translation>
    </message>
    <message>
        <source>Database choice changed</source>
        <translation>Đổi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Xuất báo cáo</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Records of one &amp;person…</source>
        <translation>Dữ liệu của một công &amp;dân…</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Mọi thao tác</translation>
    </message>
    <message>
        <source>full dossier code</source>
        <translation>mã hồ sơ đầy đủ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Th&amp;ao tác:</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Tì&amp;m kiếm</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kiểm tra ch&amp;uỗi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit log&lt;/b&gt; — who viewed, changed, printed or exported which dossier. Enter opens the dossier of an entry.</source>
        <translation>&lt;b&gt;Nhật ký hệ thống&lt;/b&gt; — ai đã xem, thay đổi, in hoặc xuất hồ sơ nào. Nhấn Enter để mở hồ sơ của dòng đang chọn.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown, newest first; scroll down for older ones.</source>
        <translation>
            <numerusform>Đang hiện %n bản ghi, mới nhất trước; cuộn xuống để xem các bản ghi cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n bản ghi, mới nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ The chain is intact: no entry was changed, removed or moved.</source>
        <translation>✓ Chuỗi nhật ký toàn vẹn: không bản ghi nào bị sửa, xóa hoặc di chuyển.</translation>
    </message>
    <message>
        <source>Audit &amp;key…</source>
        <translation>&amp;Khóa nhật ký…</translation>
    </message>
    <message>
        <source>I have &amp;written the key down</source>
        <translation>Tôi đã ghi &amp;lại khóa</translation>
    </message>
    <message>
        <source>The audit log of this office is sealed with a key that is kept on this computer only, never in the database. Write it down and keep it safe: the office&apos;s other desks need it to verify the log.
Audit key: %1</source>
        <translation>Nhật ký hệ thống của cơ quan được niêm phong bằng một khóa chỉ lưu trên máy này, không bao giờ lưu trong cơ sở dữ liệu. Hãy ghi lại và cất giữ cẩn thận: các máy khác của cơ quan cần khóa này để kiểm tra nhật ký.
Khóa nhật ký: %1</translation>
    </message>
    <message>
        <source>Audit key</source>
        <translation>Khóa nhật ký</translation>
    </message>
    <message>
        <source>Audit key of this office (register %1):

%2

Enter it on the office&apos;s other desks with this button, or with motcua-cli audit key set.</source>
        <translation>Khóa nhật ký của cơ quan (sổ %1):

%2

Nhập khóa này trên các máy khác của cơ quan bằng nút này, hoặc bằng lệnh motcua-cli audit key set.</translation>
    </message>
    <message>
        <source>This computer does not have the office&apos;s audit key. Enter it as the administrator wrote it down (64 digits and letters A–F):</source>
        <translation>Máy này chưa có khóa nhật ký của cơ quan. Nhập khóa đúng như quản trị viên đã ghi lại (64 ký tự gồm chữ số và chữ cái A–F):</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>Cán &amp;bộ:</translation>
    </message>
</context>
<context>
    <name>AuditSeal</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Không đọc được nhật ký hệ thống: %1</translation>
    </message>
    <message>
        <source>Cannot create the audit key: libsodium is not available.</source>
        <translation>Không tạo được khóa nhật ký: thiếu thư viện libsodium.</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Không ghi được nhật ký hệ thống: %1</translation>
    </message>
    <message>
        <source>Audit key: expected 64 hexadecimal digits (0-9, A-F), as the administrator wrote them down.</source>
        <translation>Khóa nhật ký: cần 64 ký tự thập lục phân (0-9, A-F), đúng như quản trị viên đã ghi lại.</translation>
    </message>
</context>
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
    <message>
        <source>Cannot copy %1: %2</source>
        <translation>Không sao chép được %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>Loading %1 into %2 failed: %3</source>
        <translation>Nạp %1 vào %2 không thành công: %3</translation>
    </message>
    <message>
        <source>Migration goes from a SQLite file to a PostgreSQL server (postgresql://user@host:port/dbname).</source>
        <translation>Chuyển dữ liệu đi từ một tệp SQLite sang một máy chủ PostgreSQL (postgresql://người_dùng@máy_chủ:cổng/tên_csdl).</translation>
    </message>
    <message>
        <source>The database %1 already holds dossiers, audit entries or accounts; migrate only into a new, empty database.</source>
        <translation>Cơ sở dữ liệu %1 đã có hồ sơ, nhật ký hoặc tài khoản; chỉ chuyển dữ liệu vào một cơ sở dữ liệu mới, còn trống.</translation>
    </message>
    <message>
        <source>restored from the backup %1; the replaced register is kept as %2</source>
        <translation>khôi phục từ bản sao lưu %1; cơ sở dữ liệu bị thay thế được giữ lại tại %2</translation>
    </message>
    <message>
        <source>Cannot check the schema of %1: %2</source>
        <translation>Không kiểm tra được lược đồ của %1: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the schema of Một Cửa Desk (version %2): %3.</source>
        <translation>%1 không có đúng lược đồ dữ liệu của Một Cửa Desk (phiên bản %2): %3.</translation>
    </message>
    <message>
        <source>The audit log of %1 does not verify: %2</source>
        <translation>Nhật ký hệ thống của %1 không qua được bước kiểm tra: %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 (server process %4)</source>
        <translation>%1 của %2 %3 (tiến trình máy chủ %4)</translation>
    </message>
    <message>
        <source>Nothing was restored: the database %1 is being written by %2. Try again when it has finished.</source>
        <translation>Chưa khôi phục gì: cơ sở dữ liệu %1 đang được ghi bởi %2. Hãy thử lại khi việc ghi đã xong.</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>Chưa khôi phục gì. %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the database %1 is open in %2. Close it there first.</source>
        <translation>Chưa khôi phục gì: cơ sở dữ liệu %1 đang được mở trong %2. Hãy đóng chương trình đó trước.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1 cannot be used: %2</source>
        <translation>Chưa khôi phục gì: không dùng được %1: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: cannot read %1: %2</source>
        <translation>Chưa khôi phục gì: không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: the database %1 is being written by another program (%2). Try again when it has finished.</source>
        <translation>Chưa khôi phục gì: cơ sở dữ liệu %1 đang được chương trình khác ghi (%2). Hãy thử lại khi việc ghi đã xong.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current database cannot be kept as %1: %2</source>
        <translation>Chưa khôi phục gì: không giữ lại được cơ sở dữ liệu hiện tại tại %1: %2</translation>
    </message>
    <message>
        <source>Nothing was restored: %1: %2</source>
        <translation>Chưa khôi phục gì: %1: %2</translation>
    </message>
    <message>
        <source>cannot read the triggers</source>
        <translation>không đọc được các trigger</translation>
    </message>
    <message>
        <source>cannot set trigger %1 aside</source>
        <translation>không tạm gỡ được trigger %1</translation>
    </message>
    <message>
        <source>cannot defer the foreign keys</source>
        <translation>không hoãn được việc kiểm tra khóa ngoại</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Chưa khôi phục gì: %1</translation>
    </message>
    <message>
        <source>cannot empty table %1</source>
        <translation>không làm trống được bảng %1</translation>
    </message>
    <message>
        <source>cannot load table %1</source>
        <translation>không nạp được bảng %1</translation>
    </message>
    <message>
        <source>cannot load the id counters</source>
        <translation>không nạp được bộ đếm mã định danh</translation>
    </message>
    <message>
        <source>cannot put a trigger back</source>
        <translation>không đặt lại được trigger</translation>
    </message>
    <message>
        <source>Cannot check the files beside %1: %2</source>
        <translation>Không kiểm tra được các tệp bên cạnh %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: %2</source>
        <translation>Bản sao lưu %1 không đầy đủ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps %n scanned file(s) over 64 MB beside it, and a server register keeps no files beside it: nothing was copied. Keep those files in the office&apos;s document system first.</source>
        <translation>
            <numerusform>%1 có %n tệp quét trên 64 MB lưu bên cạnh, mà sổ trên máy chủ không lưu được tệp bên cạnh: chưa sao chép gì. Hãy đưa các tệp đó vào hệ thống quản lý văn bản của cơ quan trước.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source> ✘</source>
        <translation> ✘</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng thời hạn</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Digitized</source>
        <translation>Số hóa</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>Có phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Number of dossiers</source>
        <translation>Số hồ sơ</translation>
    </message>
</context>
<context>
    <name>BulkIndexes</name>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Không đếm được số dòng của bảng %1: %2</translation>
    </message>
    <message>
        <source>Cannot build the index again (%1): %2</source>
        <translation>Không tạo lại được chỉ mục (%1): %2</translation>
    </message>
</context>
<context>
    <name>CalendarEntry</name>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Ngày nghỉ cuối tuần</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Ngày nghỉ bù</translation>
    </message>
    <message>
        <source>Swapped day off</source>
        <translation>Ngày nghỉ hoán đổi</translation>
    </message>
    <message>
        <source>Swapped working day</source>
        <translation>Ngày làm việc bù</translation>
    </message>
    <message>
        <source>Date: enter the date of the day.</source>
        <translation>Ngày: chưa nhập ngày.</translation>
    </message>
    <message>
        <source>Date: %1 is outside the supported years %2 to %3.</source>
        <translation>Ngày: %1 nằm ngoài khoảng năm được hỗ trợ (từ %2 đến %3).</translation>
    </message>
    <message>
        <source>Kind: choose holiday, compensatory day off, swapped day off or swapped working day.</source>
        <translation>Loại ngày: chọn ngày nghỉ lễ, ngày nghỉ bù, ngày nghỉ hoán đổi hoặc ngày làm việc bù.</translation>
    </message>
    <message>
        <source>Notice number: a swapped day needs the number of the notice that announced it.</source>
        <translation>Số văn bản: ngày hoán đổi phải ghi số văn bản thông báo việc hoán đổi.</translation>
    </message>
    <message>
        <source>Date: %1 is already a weekend day; a swapped day off is a weekday.</source>
        <translation>Ngày: %1 đã là ngày nghỉ cuối tuần; ngày nghỉ hoán đổi phải là một ngày từ thứ Hai đến thứ Sáu.</translation>
    </message>
    <message>
        <source>Effective year: only a holiday can repeat every year.</source>
        <translation>Năm áp dụng: chỉ ngày nghỉ lễ mới được lặp lại hằng năm.</translation>
    </message>
    <message>
        <source>Effective year: %1 does not match the year of the date %2.</source>
        <translation>Năm áp dụng: %1 không khớp với năm của ngày %2.</translation>
    </message>
    <message>
        <source>Date: a holiday repeated every year cannot fall on 29 February.</source>
        <translation>Ngày: ngày nghỉ lễ lặp lại hằng năm không thể là ngày 29 tháng 2.</translation>
    </message>
    <message>
        <source>Name: at most 200 characters.</source>
        <translation>Tên gọi: tối đa 200 ký tự.</translation>
    </message>
    <message>
        <source>Notice number: at most 200 characters.</source>
        <translation>Số văn bản: tối đa 200 ký tự.</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Tạm tính</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Legal basis: at most 300 characters.</source>
        <translation>Căn cứ pháp lý: tối đa 300 ký tự.</translation>
    </message>
</context>
<context>
    <name>CalendarEntryModel</name>
    <message>
        <source>%1 every year from %2</source>
        <translation>%1 hằng năm, từ năm %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Ngày kiểm tra</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Year planner</source>
        <translation>Lịch cả năm</translation>
    </message>
    <message>
        <source>Calendar entries of the year</source>
        <translation>Ngày nghỉ lễ, ngày hoán đổi trong năm</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown: previous / next year</source>
        <translation>Ctrl+PgUp / Ctrl+PgDown: năm trước / năm sau</translation>
    </message>
    <message>
        <source>Confirming &amp;notices:</source>
        <translation>Số văn &amp;bản căn cứ:</translation>
    </message>
    <message>
        <source>e.g. 9441/TB-BNV</source>
        <translation>ví dụ: 9441/TB-BNV</translation>
    </message>
    <message>
        <source>The generated days of this year match the Government&apos;s schedule: store them and stop marking the year provisional.</source>
        <translation>Các ngày do chương trình tự tính cho năm này đã khớp với lịch nghỉ do Chính phủ công bố: lưu lại và bỏ trạng thái tạm tính của năm.</translation>
    </message>
    <message>
        <source>Holiday or swapped day</source>
        <translation>Ngày nghỉ lễ hoặc ngày hoán đổi</translation>
    </message>
    <message>
        <source>e.g. 2450/VPCP-KGVX</source>
        <translation>ví dụ: 2450/VPCP-KGVX</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại ngày:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Tên gọ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Lư&amp;u thay đổi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>%1: official schedule (%2).</source>
        <translation>Năm %1: theo lịch nghỉ chính thức (%2).</translation>
    </message>
    <message>
        <source>notice numbers not recorded</source>
        <translation>chưa ghi số văn bản</translation>
    </message>
    <message>
        <source>%1: confirmed by an officer (%2).</source>
        <translation>Năm %1: đã được cán bộ xác nhận (%2).</translation>
    </message>
    <message>
        <source>no notice recorded</source>
        <translation>chưa ghi văn bản căn cứ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is PROVISIONAL&lt;/b&gt;: generated from BLLĐ 2019 Điều 111–112. Check it against the Government&apos;s schedule, correct the days, then confirm.</source>
        <translation>&lt;b&gt;Lịch năm %1 đang TẠM TÍNH&lt;/b&gt;: được tính theo BLLĐ 2019 Điều 111–112. Vui lòng đối chiếu với lịch nghỉ do Chính phủ công bố, sửa các ngày chưa đúng rồi xác nhận.</translation>
    </message>
    <message>
        <source>%1 — lunar %2/%3%4/%5 — %6</source>
        <translation>%1 — âm lịch %2/%3%4/%5 — %6</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> (nhuận)</translation>
    </message>
    <message>
        <source>notice %1</source>
        <translation>văn bản %1</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>tạm tính</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Đã thêm ngày %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu ngày %1.</translation>
    </message>
    <message>
        <source>Removed the entry of %1.</source>
        <translation>Đã xóa mục lịch ngày %1.</translation>
    </message>
    <message>
        <source>The calendar of %1 is confirmed.</source>
        <translation>Đã xác nhận lịch năm %1.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ pháp lý: %1</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>kiểm tra ngày %1</translation>
    </message>
    <message>
        <source>Confirm year</source>
        <translation>&amp;Xác nhận lịch năm</translation>
    </message>
    <message>
        <source>Repeats &amp;every year from this year on</source>
        <translation>Lặ&amp;p lại hằng năm kể từ năm này</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Not&amp;ice number:</source>
        <translation>Số &amp;văn bản:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>CalendarReview</name>
    <message>
        <source>Cannot read the open dossiers: %1</source>
        <translation>Không đọc được danh sách hồ sơ chưa kết thúc: %1</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Không đọc được phần cài đặt: %1</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Không lưu được phần cài đặt: %1</translation>
    </message>
</context>
<context>
    <name>CalendarReviewDialog</name>
    <message>
        <source>Dossiers to review after the calendar change</source>
        <translation>Hồ sơ cần rà soát sau khi thay đổi lịch</translation>
    </message>
    <message numerus="yes">
        <source>%n open dossier(s) would get a different appointment under the changed calendar. Their printed appointments have not been moved: review each one and, if needed, contact the applicant.</source>
        <translation>
            <numerusform>%n hồ sơ chưa kết thúc sẽ có ngày hẹn trả khác theo lịch đã thay đổi. Ngày hẹn trả đã in chưa được thay đổi: vui lòng rà soát từng hồ sơ và liên hệ người nộp hồ sơ nếu cần.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Printed appointment</source>
        <translation>Ngày hẹn trả đã in</translation>
    </message>
    <message>
        <source>Under the new calendar</source>
        <translation>Theo lịch mới</translation>
    </message>
    <message>
        <source>Dossiers to review after the calendar update</source>
        <translation>Hồ sơ cần rà soát sau khi cập nhật lịch làm việc</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Cannot read the calendar entries: %1</source>
        <translation>Không đọc được các mục lịch đã khai báo: %1</translation>
    </message>
    <message>
        <source>The calendar entry %1 is damaged (date &quot;%2&quot;, kind &quot;%3&quot;).</source>
        <translation>Mục lịch số %1 bị hỏng (ngày &quot;%2&quot;, loại &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the calendar years: %1</source>
        <translation>Không đọc được trạng thái lịch các năm: %1</translation>
    </message>
    <message>
        <source>The calendar year %1 has an unknown status &quot;%2&quot;.</source>
        <translation>Lịch năm %1 có trạng thái không xác định &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Date: %1 already has a calendar entry; edit that one instead.</source>
        <translation>Ngày: %1 đã có mục lịch; vui lòng sửa mục lịch đó.</translation>
    </message>
    <message>
        <source>Cannot save the calendar entry for %1: %2</source>
        <translation>Không lưu được mục lịch ngày %1: %2</translation>
    </message>
    <message>
        <source>The calendar entry has not been saved yet.</source>
        <translation>Mục lịch này chưa được lưu.</translation>
    </message>
    <message>
        <source>Date: %1 already has another calendar entry.</source>
        <translation>Ngày: %1 đã có một mục lịch khác.</translation>
    </message>
    <message>
        <source>The calendar entry %1 no longer exists; another desk may have removed it.</source>
        <translation>Mục lịch số %1 không còn nữa; có thể máy trạm khác đã xóa.</translation>
    </message>
    <message>
        <source>Cannot remove the calendar entry %1: %2</source>
        <translation>Không xóa được mục lịch số %1: %2</translation>
    </message>
    <message>
        <source>The calendar entry %1 no longer exists.</source>
        <translation>Mục lịch số %1 không còn nữa.</translation>
    </message>
    <message>
        <source>Year: %1 is outside the supported years %2 to %3.</source>
        <translation>Năm: %1 nằm ngoài khoảng năm được hỗ trợ (từ %2 đến %3).</translation>
    </message>
    <message>
        <source>The calendar of %1 is already %2.</source>
        <translation>Lịch năm %1 đã ở trạng thái %2.</translation>
    </message>
    <message>
        <source>Generated from BLLĐ 2019 Điều 111–112, confirmed</source>
        <translation>Tính theo BLLĐ 2019 Điều 111–112, đã xác nhận</translation>
    </message>
    <message>
        <source>Cannot mark the calendar of %1 as confirmed: %2</source>
        <translation>Không ghi nhận được việc xác nhận lịch năm %1: %2</translation>
    </message>
</context>
<context>
    <name>CalendarYearModel</name>
    <message>
        <source>L</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Lunar date: %1/%2%3/%4</source>
        <translation>Âm lịch: %1/%2%3/%4</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> (nhuận)</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Văn bản: %1</translation>
    </message>
    <message>
        <source>Provisional: generated from the statutory rules.</source>
        <translation>Tạm tính: tính theo quy định của Bộ luật Lao động.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Căn cứ pháp lý: %1</translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation>Kiểm tra ngày %1</translation>
    </message>
</context>
<context>
    <name>CardScanCatcher</name>
    <message>
        <source>The scan stopped before its end; scan the card again.</source>
        <translation>Quét mã chưa xong thì dừng; vui lòng quét lại thẻ.</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Fees can be paid online</source>
        <translation>Phí, lệ phí thanh toán trực tuyến được</translation>
    </message>
    <message>
        <source>Sample dossier at the counter</source>
        <translation>Có hồ sơ mẫu tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>The result is a document</source>
        <translation>Kết quả là văn bản, giấy tờ</translation>
    </message>
    <message>
        <source>Active (offered at reception)</source>
        <translation>Đang áp dụng (được tiếp nhận hồ sơ)</translation>
    </message>
    <message>
        <source>Find by code, name or field</source>
        <translation>Tìm theo mã, tên thủ tục hoặc lĩnh vực</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tên thủ tục:</translation>
    </message>
    <message>
        <source>Ne&amp;w procedure</source>
        <translation>Thêm thủ tục mớ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Save procedure</source>
        <translation>Lư&amp;u thủ tục</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>New procedure: fill in the fields, then save.</source>
        <translation>Thủ tục mới: nhập các thông tin rồi lưu lại.</translation>
    </message>
    <message>
        <source>Procedure %1 saved.</source>
        <translation>Đã lưu thủ tục %1.</translation>
    </message>
    <message>
        <source>Procedure %1 no longer offered at reception.</source>
        <translation>Thủ tục %1 đã ngừng áp dụng, không tiếp nhận hồ sơ nữa.</translation>
    </message>
    <message>
        <source>F&amp;ee at the counter:</source>
        <translation>&amp;Phí, lệ phí nộp trực tiếp:</translation>
    </message>
    <message>
        <source>Fee on&amp;line:</source>
        <translation>Phí, lệ phí nộp trực tu&amp;yến:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã thủ tục:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Lĩnh &amp;vực:</translation>
    </message>
    <message>
        <source>T&amp;ime limit:</source>
        <translation>Thời hạn giải &amp;quyết:</translation>
    </message>
    <message>
        <source>Fee &amp;by post:</source>
        <translation>Phí, lệ phí nộp qua &amp;bưu chính:</translation>
    </message>
    <message>
        <source>Online se&amp;rvice:</source>
        <translation>Dịch vụ công t&amp;rực tuyến:</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>&amp;Ngừng áp dụng</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Cannot listen for changes made by other desks: %1</source>
        <translation>Không theo dõi được thay đổi từ các quầy khác: %1</translation>
    </message>
    <message>
        <source>Cannot read the database&apos;s data version: %1</source>
        <translation>Không đọc được phiên bản dữ liệu của cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>At the counter</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Public postal service</source>
        <translation>Bưu chính công ích</translation>
    </message>
</context>
<context>
    <name>CitizenIdQr</name>
    <message>
        <source>The scanned code has %1 fields; a CCCD&apos;s QR code has 7.</source>
        <translation>Mã vừa quét có %1 trường; mã QR trên thẻ CCCD có 7 trường.</translation>
    </message>
    <message>
        <source>The scanned ID number: %1</source>
        <translation>Số CCCD trong mã vừa quét: %1</translation>
    </message>
    <message>
        <source>The scanned code has no name.</source>
        <translation>Mã vừa quét không có họ tên.</translation>
    </message>
    <message>
        <source>The scanned date of birth &quot;%1&quot; is not a date (ddMMyyyy).</source>
        <translation>Ngày sinh trong mã vừa quét «%1» không phải là ngày (ddMMyyyy).</translation>
    </message>
</context>
<context>
    <name>CitizenRatingWindow</name>
    <message>
        <source>Your rating</source>
        <translation>Đánh giá của ông/bà</translation>
    </message>
    <message>
        <source>How satisfied are you with the handling of your dossier?</source>
        <translation>Ông/bà có hài lòng với việc giải quyết hồ sơ không?</translation>
    </message>
    <message>
        <source>😊
Satisfied</source>
        <translation>😊
Hài lòng</translation>
    </message>
    <message>
        <source>😐
Neutral</source>
        <translation>😐
Bình thường</translation>
    </message>
    <message>
        <source>☹
Not satisfied</source>
        <translation>☹
Không hài lòng</translation>
    </message>
    <message>
        <source>Please tell us why:</source>
        <translation>Xin ông/bà cho biết lý do:</translation>
    </message>
    <message>
        <source>This screen closes in %1 s.</source>
        <translation>Màn hình này tự đóng sau %1 giây.</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
</context>
<context>
    <name>CitizenRatings</name>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Không đánh giá</translation>
    </message>
    <message>
        <source>Waited too long</source>
        <translation>Phải chờ quá lâu</translation>
    </message>
    <message>
        <source>Staff were not helpful or polite</source>
        <translation>Thái độ phục vụ chưa tốt</translation>
    </message>
    <message>
        <source>Guidance was unclear</source>
        <translation>Hướng dẫn chưa rõ ràng</translation>
    </message>
    <message>
        <source>The result has mistakes</source>
        <translation>Kết quả có sai sót</translation>
    </message>
    <message>
        <source>Asked for papers not on the list</source>
        <translation>Bị yêu cầu giấy tờ ngoài quy định</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Cannot read the citizens&apos; ratings: %1</source>
        <translation>Không đọc được đánh giá của công dân: %1</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Ghi chú: %1.</translation>
    </message>
    <message>
        <source>Note: say what was done for the citizen.</source>
        <translation>Ghi chú: ghi rõ đã xử lý thế nào với công dân.</translation>
    </message>
    <message>
        <source>There is no rating %1 in the register.</source>
        <translation>Không có lượt đánh giá số %1 trong sổ.</translation>
    </message>
    <message>
        <source>Dossier %1: the citizen did not choose &quot;not satisfied&quot;, so there is no follow-up to close.</source>
        <translation>Hồ sơ %1: công dân không chọn &quot;không hài lòng&quot; nên không có việc theo dõi nào cần đóng.</translation>
    </message>
    <message>
        <source>Dossier %1: %2 already closed this follow-up on %3.</source>
        <translation>Hồ sơ %1: %2 đã đóng việc theo dõi này lúc %3.</translation>
    </message>
    <message>
        <source>Cannot close the follow-up of %1: %2</source>
        <translation>Không đóng được việc theo dõi hồ sơ %1: %2</translation>
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
    <message>
        <source>Print the holidays, rest days and swapped days of a year.</source>
        <translation>In danh sách ngày nghỉ lễ, ngày nghỉ bù và ngày hoán đổi trong một năm.</translation>
    </message>
    <message>
        <source>Print JSON instead of CSV.</source>
        <translation>In ra dạng JSON thay vì CSV.</translation>
    </message>
    <message>
        <source>usage: calendar YEAR [--json]</source>
        <translation>cách dùng: calendar NĂM [--json]</translation>
    </message>
    <message>
        <source>YEAR: &quot;%1&quot; is not a year from %2 to %3.</source>
        <translation>NĂM: &quot;%1&quot; không phải là năm trong khoảng từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Compute a due date from a receipt time and a time limit.</source>
        <translation>Tính ngày hẹn trả kết quả từ thời điểm tiếp nhận và thời hạn giải quyết.</translation>
    </message>
    <message>
        <source>Receipt (or online acceptance) time, &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Thời điểm tiếp nhận (hoặc thời điểm chấp nhận hồ sơ trực tuyến), dạng &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>working-days, days, working-hours or same-day.</source>
        <translation>working-days (ngày làm việc), days (ngày), working-hours (giờ làm việc) hoặc same-day (trong ngày).</translation>
    </message>
    <message>
        <source>usage: due --received &quot;YYYY-MM-DD HH:MM&quot; --duration N --unit working-days|days|working-hours|same-day</source>
        <translation>cách dùng: due --received &quot;YYYY-MM-DD HH:MM&quot; --duration N --unit working-days|days|working-hours|same-day</translation>
    </message>
    <message>
        <source>--received: &quot;%1&quot; is not a time (YYYY-MM-DD HH:MM).</source>
        <translation>--received: &quot;%1&quot; không phải là thời điểm hợp lệ (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>--unit: &quot;%1&quot; is not one of working-days, days, working-hours, same-day.</source>
        <translation>--unit: &quot;%1&quot; không thuộc các giá trị working-days, days, working-hours, same-day.</translation>
    </message>
    <message>
        <source>The due date falls outside the calendar&apos;s years %1 to %2.</source>
        <translation>Ngày hẹn trả nằm ngoài khoảng năm của lịch (từ %1 đến %2).</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Các loại dữ liệu:</translation>
    </message>
    <message>
        <source>Export to a CSV file that import reads back: export KIND FILE.csv (&quot;-&quot; for standard output).</source>
        <translation>Xuất ra tệp CSV để lệnh import đọc lại được: export LOẠI TỆP.csv (&quot;-&quot; để ghi ra đầu ra chuẩn).</translation>
    </message>
    <message>
        <source>Start the file with a byte-order mark, so spreadsheet programs read the Vietnamese text as UTF-8.</source>
        <translation>Ghi dấu BOM ở đầu tệp để các chương trình bảng tính đọc đúng tiếng Việt theo mã UTF-8.</translation>
    </message>
    <message>
        <source>export needs a kind and a file: export KIND FILE.csv.</source>
        <translation>lệnh export cần loại dữ liệu và tệp: export LOẠI TỆP.csv.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; for export.</source>
        <translation>lệnh export không có loại dữ liệu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export %1 needs exactly one file.</source>
        <translation>export %1 cần đúng một tệp.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written to %2</source>
        <translation>
            <numerusform>%1: đã ghi %n dòng vào %2</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs a kind and a file: import KIND FILE.csv.</source>
        <translation>lệnh import cần loại dữ liệu và tệp: import LOẠI TỆP.csv.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; for import.</source>
        <translation>lệnh import không có loại dữ liệu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>import %1 needs exactly one file.</source>
        <translation>import %1 cần đúng một tệp.</translation>
    </message>
    <message>
        <source>Print the Vietnamese lunar date of every day in a range as CSV.</source>
        <translation>In ngày âm lịch Việt Nam của từng ngày trong một khoảng thời gian, dạng CSV.</translation>
    </message>
    <message>
        <source>First solar day (YYYY-MM-DD).</source>
        <translation>Ngày dương lịch đầu tiên (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last solar day (YYYY-MM-DD).</source>
        <translation>Ngày dương lịch cuối cùng (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>usage: lunar --from YYYY-MM-DD --to YYYY-MM-DD</source>
        <translation>cách dùng: lunar --from YYYY-MM-DD --to YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date from %3 to %4 (YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; không phải là ngày hợp lệ trong khoảng từ %3 đến %4 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) sớm hơn --from (%2).</translation>
    </message>
    <message>
        <source>Print the solar date (YYYY-MM-DD) of a Vietnamese lunar date.</source>
        <translation>In ngày dương lịch (YYYY-MM-DD) tương ứng với một ngày âm lịch Việt Nam.</translation>
    </message>
    <message>
        <source>Lunar year, month and day (YYYY-MM-DD).</source>
        <translation>Năm, tháng, ngày âm lịch (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The month is the leap month.</source>
        <translation>Tháng đó là tháng nhuận.</translation>
    </message>
    <message>
        <source>usage: solar --lunar YYYY-MM-DD [--leap]</source>
        <translation>cách dùng: solar --lunar YYYY-MM-DD [--leap]</translation>
    </message>
    <message>
        <source>--lunar: &quot;%1&quot; is not a lunar date (YYYY-MM-DD).</source>
        <translation>--lunar: &quot;%1&quot; không phải là ngày âm lịch hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>the procedure catalogue (columns code,name,field,duration,unit,result_document,fee,online_level,online_payment,sample_dossier,active,source); an existing code is updated and keeps its documents</source>
        <translation>danh mục thủ tục hành chính (các cột code,name,field,duration,unit,result_document,fee,online_level,online_payment,sample_dossier,active,source); thủ tục có mã đã tồn tại được cập nhật và giữ nguyên thành phần hồ sơ</translation>
    </message>
    <message>
        <source>procedures: %1 added, %2 updated</source>
        <translation>thủ tục: thêm mới %1, cập nhật %2</translation>
    </message>
    <message>
        <source>the required documents of procedures (columns procedure_code,name,originals,copies); replaces the documents of every procedure in the file</source>
        <translation>thành phần hồ sơ của các thủ tục (các cột procedure_code,name,originals,copies); thay thế toàn bộ thành phần hồ sơ của từng thủ tục có trong tệp</translation>
    </message>
    <message numerus="yes">
        <source>documents replaced for %n procedure(s)</source>
        <translation>
            <numerusform>đã thay thế thành phần hồ sơ của %n thủ tục</numerusform>
        </translation>
    </message>
    <message>
        <source>the procedure catalogue, in the format import reads</source>
        <translation>danh mục thủ tục hành chính, theo định dạng mà lệnh import đọc được</translation>
    </message>
    <message>
        <source>the required documents of every procedure</source>
        <translation>thành phần hồ sơ của tất cả các thủ tục</translation>
    </message>
    <message>
        <source>audit log: intact</source>
        <translation>nhật ký hệ thống: toàn vẹn</translation>
    </message>
    <message>
        <source>Dossiers received on or after DATE (YYYY-MM-DD).</source>
        <translation>Hồ sơ tiếp nhận từ NGÀY trở về sau (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Dossiers received on or before DATE (YYYY-MM-DD).</source>
        <translation>Hồ sơ tiếp nhận đến hết NGÀY (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>dossiers with their history (columns %1); an empty code is issued, an empty due_at is computed</source>
        <translation>hồ sơ kèm lịch sử xử lý (các cột %1); code để trống thì được cấp mã mới, due_at để trống thì được tự động tính</translation>
    </message>
    <message numerus="yes">
        <source>dossiers: %n imported</source>
        <translation>
            <numerusform>hồ sơ: đã nhập %n</numerusform>
        </translation>
    </message>
    <message>
        <source>citizen feedback (columns %1); an empty deadline is 15 working days after receipt</source>
        <translation>phản ánh, kiến nghị của người dân (các cột %1); hạn xử lý để trống thì được tính là 15 ngày làm việc kể từ khi tiếp nhận</translation>
    </message>
    <message numerus="yes">
        <source>feedback: %n imported</source>
        <translation>
            <numerusform>phản ánh, kiến nghị: đã nhập %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add synthetic dossiers for demonstrations and benchmarks: generate --dossiers N --year YYYY --seed S.</source>
        <translation>Thêm hồ sơ giả lập để trình diễn và đo hiệu năng: generate --dossiers N --year YYYY --seed S.</translation>
    </message>
    <message>
        <source>How many dossiers.</source>
        <translation>Số hồ sơ cần tạo.</translation>
    </message>
    <message>
        <source>The year they are received in.</source>
        <translation>Năm tiếp nhận các hồ sơ.</translation>
    </message>
    <message>
        <source>The same seed gives the same dossiers (default 1).</source>
        <translation>Cùng một giá trị seed sẽ tạo ra cùng một bộ hồ sơ (mặc định 1).</translation>
    </message>
    <message>
        <source>Events after this time have not happened yet (default: the end of the year, or now).</source>
        <translation>Các sự kiện sau thời điểm này được coi là chưa xảy ra (mặc định: cuối năm, hoặc thời điểm hiện tại).</translation>
    </message>
    <message>
        <source>usage: generate --dossiers N --year YYYY [--seed S] [--as-of &quot;YYYY-MM-DD HH:MM&quot;]</source>
        <translation>cách dùng: generate --dossiers N --year YYYY [--seed S] [--as-of &quot;YYYY-MM-DD HH:MM&quot;]</translation>
    </message>
    <message>
        <source>--dossiers: &quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>--dossiers: &quot;%1&quot; không phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year from 2000 to 2099.</source>
        <translation>--year: &quot;%1&quot; không phải là năm trong khoảng từ 2000 đến 2099.</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed: &quot;%1&quot; không phải là số nguyên.</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a time (YYYY-MM-DD HH:MM).</source>
        <translation>--as-of: &quot;%1&quot; không phải là thời điểm hợp lệ (YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>The office was not set up: using the demonstration office %1 (%2).</source>
        <translation>Chưa khai báo thông tin cơ quan: dùng cơ quan mẫu %1 (%2).</translation>
    </message>
    <message>
        <source>generated %1 dossiers and %2 feedback items for %3 (seed %4) in %5 s</source>
        <translation>đã tạo %1 hồ sơ và %2 phản ánh, kiến nghị cho năm %3 (seed %4) trong %5 giây</translation>
    </message>
    <message>
        <source>List open dossiers past their legal due date: overdue [--as-of &quot;YYYY-MM-DD HH:MM&quot;] [--json].</source>
        <translation>Liệt kê các hồ sơ chưa kết thúc đã quá hạn giải quyết theo quy định: overdue [--as-of &quot;YYYY-MM-DD HH:MM&quot;] [--json].</translation>
    </message>
    <message>
        <source>The moment to judge at (default: now).</source>
        <translation>Thời điểm dùng để xét quá hạn (mặc định: thời điểm hiện tại).</translation>
    </message>
    <message>
        <source>Print JSON instead of text lines.</source>
        <translation>In ra dạng JSON thay vì các dòng văn bản.</translation>
    </message>
    <message>
        <source>overdue takes no arguments, only --as-of and --json.</source>
        <translation>lệnh overdue không nhận tham số, chỉ nhận --as-of và --json.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue dossier(s) as of %1</source>
        <translation>
            <numerusform>%n hồ sơ quá hạn tính đến %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a form to PDF: print receipt|supplement|refusal|stop|apology|control-sheet CODE --out FILE.pdf, or print ledger --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf.</source>
        <translation>In biểu mẫu ra tệp PDF: print receipt|supplement|refusal|stop|apology|control-sheet MÃ --out TỆP.pdf, hoặc print ledger --from YYYY-MM-DD --to YYYY-MM-DD --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>Ledger: first day of the period.</source>
        <translation>Sổ theo dõi hồ sơ: ngày đầu của kỳ.</translation>
    </message>
    <message>
        <source>Ledger: last day of the period.</source>
        <translation>Sổ theo dõi hồ sơ: ngày cuối của kỳ.</translation>
    </message>
    <message>
        <source>print needs a form: %1 or ledger.</source>
        <translation>lệnh print cần tên biểu mẫu: %1 hoặc ledger.</translation>
    </message>
    <message>
        <source>unknown form &quot;%1&quot; for print; use %2 or ledger.</source>
        <translation>lệnh print không có biểu mẫu &quot;%1&quot;; hãy dùng %2 hoặc ledger.</translation>
    </message>
    <message>
        <source>print needs --out FILE.pdf.</source>
        <translation>lệnh print cần --out TỆP.pdf.</translation>
    </message>
    <message>
        <source>print ledger takes no dossier code.</source>
        <translation>lệnh print ledger không nhận mã hồ sơ.</translation>
    </message>
    <message>
        <source>print %1 needs exactly one dossier code.</source>
        <translation>print %1 cần đúng một mã hồ sơ.</translation>
    </message>
    <message>
        <source>print ledger needs --from and --to as YYYY-MM-DD dates.</source>
        <translation>lệnh print ledger cần --from và --to là ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written to %2</source>
        <translation>
            <numerusform>%1: đã ghi %n trang vào %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance indicators of a period against the year&apos;s targets.</source>
        <translation>Các chỉ số đánh giá trong một kỳ so với chỉ tiêu của năm.</translation>
    </message>
    <message>
        <source>Also break the indicators down by field, procedure, officer or channel.</source>
        <translation>Chia thêm các chỉ số theo lĩnh vực, thủ tục, cán bộ hoặc kênh tiếp nhận.</translation>
    </message>
    <message>
        <source>Print JSON: {&quot;from&quot;,&quot;to&quot;,&quot;as_of&quot;,&quot;indicators&quot;:[{&quot;key&quot;,&quot;numerator&quot;,&quot;denominator&quot;,&quot;value&quot;,&quot;target&quot;,&quot;met&quot;}…]} and, with --by, &quot;groups&quot;:[{&quot;group&quot;,&quot;indicators&quot;}…]. value is rounded to 4 decimals, null when the denominator is 0; met is null without a target.</source>
        <translation>In ra dạng JSON: {&quot;from&quot;,&quot;to&quot;,&quot;as_of&quot;,&quot;indicators&quot;:[{&quot;key&quot;,&quot;numerator&quot;,&quot;denominator&quot;,&quot;value&quot;,&quot;target&quot;,&quot;met&quot;}…]} và, khi có --by, thêm &quot;groups&quot;:[{&quot;group&quot;,&quot;indicators&quot;}…]. value được làm tròn đến 4 chữ số thập phân, là null khi denominator bằng 0; met là null khi không có chỉ tiêu.</translation>
    </message>
    <message>
        <source>Print CSV with the header group,key,numerator,denominator,value,target,met: the office&apos;s rows first with an empty group, then each group&apos;s rows; empty value, target or met for null.</source>
        <translation>In ra dạng CSV với dòng tiêu đề group,key,numerator,denominator,value,target,met: các dòng của cơ quan ở trước, với group để trống, sau đó là các dòng của từng nhóm; value, target hoặc met để trống khi là null.</translation>
    </message>
    <message>
        <source>usage: report --from YYYY-MM-DD --to YYYY-MM-DD [--as-of &quot;YYYY-MM-DD HH:MM&quot;] [--by field|procedure|officer|channel] --json|--csv</source>
        <translation>cách dùng: report --from YYYY-MM-DD --to YYYY-MM-DD [--as-of &quot;YYYY-MM-DD HH:MM&quot;] [--by field|procedure|officer|channel] --json|--csv</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of field, procedure, officer, channel.</source>
        <translation>--by: &quot;%1&quot; không thuộc các giá trị field, procedure, officer, channel.</translation>
    </message>
    <message>
        <source>Periodic report (Circular 01/2020/TT-VPCP, form II.06a) to CSV or Excel.</source>
        <translation>Báo cáo định kỳ (Thông tư 01/2020/TT-VPCP, mẫu II.06a) ra tệp CSV hoặc Excel.</translation>
    </message>
    <message>
        <source>The file to write: .csv (header field,received_total,carried_over,new_total,new_online,new_direct,new_postal,finished_total,finished_before_due,finished_on_due,finished_late,open_total,open_within_time,open_overdue; one line per field, then the field &quot;total&quot;), .xlsx (laid out like the form) or .pdf (landscape A4, for printing).</source>
        <translation>Tệp cần ghi: .csv (dòng tiêu đề field,received_total,carried_over,new_total,new_online,new_direct,new_postal,finished_total,finished_before_due,finished_on_due,finished_late,open_total,open_within_time,open_overdue; mỗi lĩnh vực một dòng, cuối cùng là dòng có field &quot;total&quot;), .xlsx (trình bày như biểu mẫu) hoặc .pdf (khổ A4 nằm ngang, để in).</translation>
    </message>
    <message>
        <source>usage: report-ii06a --from YYYY-MM-DD --to YYYY-MM-DD [--as-of &quot;YYYY-MM-DD HH:MM&quot;] --out FILE.csv|FILE.xlsx|FILE.pdf</source>
        <translation>cách dùng: report-ii06a --from YYYY-MM-DD --to YYYY-MM-DD [--as-of &quot;YYYY-MM-DD HH:MM&quot;] --out TỆP.csv|TỆP.xlsx|TỆP.pdf</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .csv, .xlsx or .pdf.</source>
        <translation>--out: &quot;%1&quot; phải có đuôi .csv, .xlsx hoặc .pdf.</translation>
    </message>
    <message>
        <source>First day of the period, YYYY-MM-DD.</source>
        <translation>Ngày đầu của kỳ, dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day of the period (included), YYYY-MM-DD.</source>
        <translation>Ngày cuối của kỳ (tính cả ngày này), dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Count the events up to this minute, &quot;YYYY-MM-DD HH:MM&quot; (local time; default: the earlier of now and the end of the --to day).</source>
        <translation>Tính các sự kiện đến thời điểm này, dạng &quot;YYYY-MM-DD HH:MM&quot; (giờ địa phương; mặc định: thời điểm sớm hơn giữa hiện tại và cuối ngày --to).</translation>
    </message>
    <message>
        <source>--from and --to are required.</source>
        <translation>bắt buộc phải có --from và --to.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--from: &quot;%1&quot; không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--to: &quot;%1&quot; không phải là ngày hợp lệ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2.</source>
        <translation>--to: %1 sớm hơn --from %2.</translation>
    </message>
    <message>
        <source>Write ID numbers in full, for a copy that import reads back (needs the right to export personal data; recorded in the audit log). Without it they are masked, as 0870******99.</source>
        <translation>Ghi đầy đủ số CCCD, để bản xuất có thể nhập lại được (cần quyền xuất dữ liệu cá nhân; được ghi vào nhật ký hệ thống). Nếu không có tùy chọn này, số CCCD được che, ví dụ 0870******99.</translation>
    </message>
    <message>
        <source>dossiers with their history, in the format import reads (--from DATE --to DATE: by receipt date, both included; ID numbers masked unless --full)</source>
        <translation>hồ sơ kèm quá trình xử lý, theo định dạng mà lệnh import đọc được (--from NGÀY --to NGÀY: theo ngày tiếp nhận, tính cả hai ngày; số CCCD được che trừ khi có --full)</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>đầu ra chuẩn</translation>
    </message>
    <message>
        <source>Copy an office&apos;s SQLite database to a new PostgreSQL database and verify it: migrate --from FILE.sqlite --to postgresql://user@host:port/dbname. The file is not changed.</source>
        <translation>Sao chép cơ sở dữ liệu SQLite của cơ quan sang một cơ sở dữ liệu PostgreSQL mới và kiểm tra: migrate --from TỆP.sqlite --to postgresql://người_dùng@máy_chủ:cổng/tên_csdl. Tệp gốc không bị thay đổi.</translation>
    </message>
    <message>
        <source>The SQLite database file to copy.</source>
        <translation>Tệp cơ sở dữ liệu SQLite cần sao chép.</translation>
    </message>
    <message>
        <source>The PostgreSQL database to copy it into.</source>
        <translation>Cơ sở dữ liệu PostgreSQL nhận bản sao.</translation>
    </message>
    <message>
        <source>usage: motcua-cli migrate --from FILE.sqlite --to postgresql://user@host:port/dbname</source>
        <translation>cách dùng: motcua-cli migrate --from TỆP.sqlite --to postgresql://người_dùng@máy_chủ:cổng/tên_csdl</translation>
    </message>
    <message>
        <source>migrated %1 to %2: row counts and audit chain verified</source>
        <translation>đã chuyển %1 sang %2: đã kiểm tra số dòng và chuỗi nhật ký</translation>
    </message>
    <message>
        <source>Export every record of one ID number as JSON, for a person&apos;s access or correction request: person ID --out FILE.json (audited).</source>
        <translation>Xuất toàn bộ dữ liệu gắn với một số CCCD ra tệp JSON, để trả lời yêu cầu xem hoặc chỉnh sửa dữ liệu của công dân: person SỐ_CCCD --out TỆP.json (có ghi nhật ký).</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Tệp JSON cần ghi.</translation>
    </message>
    <message>
        <source>usage: motcua-cli person ID --out FILE.json</source>
        <translation>cách dùng: motcua-cli person SỐ_CCCD --out TỆP.json</translation>
    </message>
    <message numerus="yes">
        <source>person: %n dossier(s) written to %1</source>
        <translation>
            <numerusform>person: đã ghi %n hồ sơ vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger %1 to %2, to %3</source>
        <translation>sổ theo dõi từ %1 đến %2, ra %3</translation>
    </message>
    <message>
        <source>%1 is not a readable database: %2</source>
        <translation>%1 không phải là cơ sở dữ liệu đọc được: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2).</source>
        <translation>cơ sở dữ liệu có phiên bản lược đồ %1, mới hơn phiên bản chương trình này biết (%2).</translation>
    </message>
    <message>
        <source>schema: %1</source>
        <translation>lược đồ: %1</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup, under the write lock (refused while another program writes; the replaced register is kept): restore FILE.</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu đã kiểm tra, trong khi giữ quyền ghi (từ chối khi có chương trình khác đang ghi; dữ liệu bị thay thế được giữ lại): restore TỆP.</translation>
    </message>
    <message>
        <source>Verify the audit log: audit verify [--against BACKUP.sqlite] (exit 1 names the problem); the office&apos;s audit key: audit key show, audit key set (reads the key as one line from standard input).</source>
        <translation>Kiểm tra nhật ký hệ thống: audit verify [--against BẢN_SAO_LƯU.sqlite] (khi trả mã thoát 1, lệnh nêu chỗ sai); khóa nhật ký của cơ quan: audit key show, audit key set (đọc khóa là một dòng từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>verify: also compare with the sealed newest entry a backup file carries.</source>
        <translation>verify: đối chiếu thêm với bản ghi mới nhất có niêm phong trong một tệp sao lưu.</translation>
    </message>
    <message>
        <source>usage: motcua-cli audit verify | audit key show | audit key set</source>
        <translation>cách dùng: motcua-cli audit verify | audit key show | audit key set</translation>
    </message>
    <message>
        <source>this computer does not have the audit key of register %1.</source>
        <translation>máy này chưa có khóa nhật ký của sổ %1.</translation>
    </message>
    <message>
        <source>register %1, audit key %2</source>
        <translation>sổ %1, khóa nhật ký %2</translation>
    </message>
    <message>
        <source>audit key saved for register %1</source>
        <translation>đã lưu khóa nhật ký của sổ %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>The time limit: a whole number or a half (2.5).</source>
        <translation>Thời hạn giải quyết: số nguyên hoặc số lẻ nửa ngày (2.5).</translation>
    </message>
    <message>
        <source>--duration: &quot;%1&quot; is not a number of 0 or more in whole or half units (3, 2.5).</source>
        <translation>--duration: &quot;%1&quot; không phải là số từ 0 trở lên, nguyên hoặc lẻ nửa đơn vị (3, 2.5).</translation>
    </message>
    <message>
        <source>Store scanned files with a dossier, with their SHA-256 (audited): attach CODE FILE… [--document NAME].</source>
        <translation>Lưu tệp quét kèm hồ sơ, cùng mã SHA-256 (có ghi nhật ký): attach MÃ TỆP… [--document TÊN_GIẤY_TỜ].</translation>
    </message>
    <message>
        <source>The handed-in document the files show (as on the receipt).</source>
        <translation>Giấy tờ trong thành phần hồ sơ mà các tệp thể hiện (như ghi trên giấy tiếp nhận).</translation>
    </message>
    <message>
        <source>usage: motcua-cli attach CODE FILE… [--document NAME]</source>
        <translation>cách dùng: motcua-cli attach MÃ TỆP… [--document TÊN_GIẤY_TỜ]</translation>
    </message>
    <message>
        <source>List the scanned files of a dossier as CSV (sha256,name,size,document,attached_at,officer): attachments CODE.</source>
        <translation>Liệt kê các tệp quét của hồ sơ dạng CSV (sha256,name,size,document,attached_at,officer): attachments MÃ.</translation>
    </message>
    <message>
        <source>usage: motcua-cli attachments CODE</source>
        <translation>cách dùng: motcua-cli attachments MÃ</translation>
    </message>
    <message>
        <source>On a PostgreSQL server: the account to sign in as (default: MOTCUA_USER); its password is read from standard input, or from MOTCUA_PASSWORD.</source>
        <translation>Với máy chủ PostgreSQL: tài khoản dùng để đăng nhập (mặc định: MOTCUA_USER); mật khẩu được đọc từ đầu vào chuẩn hoặc từ MOTCUA_PASSWORD.</translation>
    </message>
    <message>
        <source>on a PostgreSQL server the command line signs in as an account: give its login with --user LOGIN or MOTCUA_USER, and its password on standard input or in MOTCUA_PASSWORD.</source>
        <translation>với máy chủ PostgreSQL, dòng lệnh phải đăng nhập bằng một tài khoản: cho biết tên đăng nhập bằng --user TÊN_ĐĂNG_NHẬP hoặc MOTCUA_USER, và mật khẩu qua đầu vào chuẩn hoặc MOTCUA_PASSWORD.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>account %1: no password on standard input (or in MOTCUA_PASSWORD).</source>
        <translation>tài khoản %1: không có mật khẩu ở đầu vào chuẩn (hoặc trong MOTCUA_PASSWORD).</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>tài khoản %1: %2</translation>
    </message>
    <message>
        <source>account %1: the password was reset; sign in at a desk and choose a new one first.</source>
        <translation>tài khoản %1: mật khẩu đã được đặt lại; hãy đăng nhập tại máy trạm và chọn mật khẩu mới trước.</translation>
    </message>
    <message>
        <source>usage: motcua-cli users list | add LOGIN --name &quot;FULL NAME&quot; --role counter|supervisor|administrator | set-role LOGIN ROLE | reset-password LOGIN | disable LOGIN</source>
        <translation>cách dùng: motcua-cli users list | add TÊN_ĐĂNG_NHẬP --name &quot;HỌ VÀ TÊN&quot; --role counter|supervisor|administrator | set-role TÊN_ĐĂNG_NHẬP VAI_TRÒ | reset-password TÊN_ĐĂNG_NHẬP | disable TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>account %1: give the new password as one line on standard input.</source>
        <translation>tài khoản %1: hãy nhập mật khẩu mới thành một dòng qua đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Officers&apos; accounts: users list | add | set-role | reset-password | disable (passwords are read from standard input).</source>
        <translation>Tài khoản cán bộ: users list | add | set-role | reset-password | disable (mật khẩu được đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>add: the officer&apos;s full name.</source>
        <translation>add: họ và tên của cán bộ.</translation>
    </message>
    <message>
        <source>add: counter, supervisor or administrator.</source>
        <translation>add: counter (cán bộ tiếp nhận), supervisor (lãnh đạo) hoặc administrator (quản trị viên).</translation>
    </message>
    <message>
        <source>role: &quot;%1&quot; is not counter, supervisor or administrator.</source>
        <translation>vai trò: &quot;%1&quot; không phải là counter, supervisor hoặc administrator.</translation>
    </message>
    <message>
        <source>account %1 added (%2); the password must be changed at the first sign-in</source>
        <translation>đã thêm tài khoản %1 (%2); phải đổi mật khẩu ở lần đăng nhập đầu tiên</translation>
    </message>
    <message>
        <source>account %1: role %2</source>
        <translation>tài khoản %1: vai trò %2</translation>
    </message>
    <message>
        <source>account %1: password reset; it must be changed at the next sign-in</source>
        <translation>tài khoản %1: đã đặt lại mật khẩu; phải đổi mật khẩu ở lần đăng nhập kế tiếp</translation>
    </message>
    <message>
        <source>account %1: disabled</source>
        <translation>tài khoản %1: đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Import a CSV file: import KIND FILE.csv (all or nothing: one bad row and nothing is written).</source>
        <translation>Nhập dữ liệu từ tệp CSV: import LOẠI TỆP.csv (nhập tất cả hoặc không nhập gì: chỉ một dòng sai là không ghi dòng nào).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>&quot;motcua-cli COMMAND --help&quot; describes one command. Exit codes: 0 success, 1 bad input or failed check, 2 usage error.</source>
        <translation>&quot;motcua-cli LỆNH --help&quot; mô tả một lệnh. Mã thoát: 0 thành công, 1 dữ liệu sai hoặc kiểm tra không đạt, 2 gọi lệnh sai cú pháp.</translation>
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
        <source>unknown command &quot;%1&quot;. Run motcua-cli --help for the list.</source>
        <translation>không có lệnh &quot;%1&quot;. Chạy motcua-cli --help để xem danh sách lệnh.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>No database location was given.</source>
        <translation>Chưa chỉ định vị trí cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database address %1 is not of the form postgresql://user@host:port/dbname.</source>
        <translation>Địa chỉ cơ sở dữ liệu %1 không đúng dạng postgresql://tài_khoản@máy_chủ:cổng/tên_cơ_sở_dữ_liệu.</translation>
    </message>
    <message>
        <source>Database file: enter the path of the file.</source>
        <translation>Tệp cơ sở dữ liệu: hãy nhập đường dẫn của tệp.</translation>
    </message>
    <message>
        <source>Database file: %1 is a server address; choose &quot;Office server (PostgreSQL)&quot; for it.</source>
        <translation>Tệp cơ sở dữ liệu: %1 là địa chỉ máy chủ; hãy chọn &quot;Máy chủ của cơ quan (PostgreSQL)&quot; cho địa chỉ này.</translation>
    </message>
    <message>
        <source>Server: enter the name or address of the database server.</source>
        <translation>Máy chủ: hãy nhập tên hoặc địa chỉ của máy chủ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Port: %1 is not a port number (1–65535).</source>
        <translation>Cổng: %1 không phải là số cổng hợp lệ (1–65535).</translation>
    </message>
    <message>
        <source>Database name: enter the name of the database on the server.</source>
        <translation>Tên cơ sở dữ liệu: hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Database name: %1 may not contain &quot;/&quot;.</source>
        <translation>Tên cơ sở dữ liệu: %1 không được chứa ký tự &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Server: %1 is not a host name or an address.</source>
        <translation>Máy chủ: %1 không phải là tên máy hoặc địa chỉ hợp lệ.</translation>
    </message>
    <message>
        <source>Server: %1 cannot be written as a database address.</source>
        <translation>Máy chủ: không thể ghi %1 thành địa chỉ cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Không ghi được tệp cài đặt %1.</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation>máy chủ PostgreSQL %1</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>tệp SQLite %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8 (save the file as &quot;CSV UTF-8&quot;)</source>
        <translation>dòng %1: văn bản không đúng mã UTF-8 (hãy lưu tệp dưới dạng &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with a quote (write &quot;&quot; for a quote and put the field in quotes)</source>
        <translation>dòng %1: có dấu nháy kép bên trong một ô không bắt đầu bằng dấu nháy kép (hãy viết &quot;&quot; thay cho một dấu nháy kép và đặt cả ô trong dấu nháy kép)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>dòng %1: có ký tự sau dấu nháy kép đóng của một ô</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>dòng %1: một ô mở dấu nháy kép nhưng chưa đóng lại trước khi hết tệp</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>unknown column (expected: %1)</source>
        <translation>cột không hợp lệ (các cột hợp lệ: %1)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>cột bị lặp lại</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>thiếu cột này</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>đĩa đầy</translation>
    </message>
    <message>
        <source>the disk quota of this user is used up</source>
        <translation>người dùng này đã dùng hết dung lượng được cấp trên đĩa</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>không có quyền ghi vào đó</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>đĩa báo lỗi đọc/ghi</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed</source>
        <translation>
            <numerusform>… và %n lỗi khác không liệt kê</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>C&amp;hi tiết theo:</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>The period&apos;s last day is before its first.</source>
        <translation>Ngày cuối của kỳ sớm hơn ngày đầu.</translation>
    </message>
    <message>
        <source>As of %1 (%2 ms)</source>
        <translation>Số liệu tính đến %1 (%2 ms)</translation>
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
    <message>
        <source>The database address %1 is not of the form postgresql://user@host:port/dbname.</source>
        <translation>Địa chỉ cơ sở dữ liệu %1 không đúng dạng postgresql://người_dùng@máy_chủ:cổng/tên_csdl.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql.</source>
        <translation>Chưa cài trình điều khiển PostgreSQL của Qt (QPSQL); trên Debian hãy cài gói libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Không có tệp cơ sở dữ liệu %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>Cannot read the columns of table %1.</source>
        <translation>Không đọc được các cột của bảng %1.</translation>
    </message>
    <message>
        <source>Cannot empty the target database: %1</source>
        <translation>Không làm trống được cơ sở dữ liệu đích: %1</translation>
    </message>
    <message>
        <source>Cannot empty table %1 of the target database: %2</source>
        <translation>Không làm trống được bảng %1 của cơ sở dữ liệu đích: %2</translation>
    </message>
    <message>
        <source>Table %1 has columns the target database lacks: the two databases have different schemas.</source>
        <translation>Bảng %1 có cột mà cơ sở dữ liệu đích không có: hai cơ sở dữ liệu khác cấu trúc.</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Không đọc được bảng %1: %2</translation>
    </message>
    <message>
        <source>Cannot write table %1: %2</source>
        <translation>Không ghi được bảng %1: %2</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2); upgrade both first.</source>
        <translation>Hai cơ sở dữ liệu có phiên bản cấu trúc khác nhau (%1 và %2); hãy nâng cấp cả hai trước.</translation>
    </message>
    <message>
        <source>The target database has no table %1: the two databases have different schemas.</source>
        <translation>Cơ sở dữ liệu đích không có bảng %1: hai cơ sở dữ liệu khác cấu trúc.</translation>
    </message>
    <message>
        <source>Cannot read the source database: %1</source>
        <translation>Không đọc được cơ sở dữ liệu nguồn: %1</translation>
    </message>
    <message>
        <source>Cannot count the rows of table %1: %2</source>
        <translation>Không đếm được số dòng của bảng %1: %2</translation>
    </message>
    <message>
        <source>Table %1 is missing from %2.</source>
        <translation>%2 thiếu bảng %1.</translation>
    </message>
    <message>
        <source>Table %1 has %2 rows in %3 but %4 rows in %5.</source>
        <translation>Bảng %1 có %2 dòng trong %3 nhưng %4 dòng trong %5.</translation>
    </message>
    <message>
        <source>Cannot update the statistics of the target database: %1</source>
        <translation>Không cập nhật được số liệu thống kê của cơ sở dữ liệu đích: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseDiagnosis</name>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>không đọc được tệp (%1)</translation>
    </message>
    <message>
        <source>the file is not a database (its header is wrong or missing)</source>
        <translation>tệp không phải là cơ sở dữ liệu (phần đầu tệp sai hoặc bị mất)</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>thư mục %1 chỉ đọc</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>đĩa đầy</translation>
    </message>
    <message>
        <source>the folder %1 is read-only (%2)</source>
        <translation>thư mục %1 chỉ đọc (%2)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (%2)</source>
        <translation>không ghi được vào thư mục %1 (%2)</translation>
    </message>
    <message>
        <source>the file is read-only (%1)</source>
        <translation>tệp chỉ đọc (%1)</translation>
    </message>
    <message>
        <source>it is being written by another program</source>
        <translation>cơ sở dữ liệu đang được chương trình khác ghi</translation>
    </message>
    <message>
        <source>it is being written by another program: %1</source>
        <translation>cơ sở dữ liệu đang được chương trình khác ghi: %1</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>tệp chỉ đọc</translation>
    </message>
    <message>
        <source>the file is not a usable database (%1)</source>
        <translation>tệp không phải là cơ sở dữ liệu dùng được (%1)</translation>
    </message>
    <message>
        <source>its schema cannot be read (%1)</source>
        <translation>không đọc được lược đồ dữ liệu (%1)</translation>
    </message>
    <message>
        <source>it was made by a newer version of Một Cửa Desk (schema version %1)</source>
        <translation>tệp được tạo bởi phiên bản Một Cửa Desk mới hơn (phiên bản lược đồ %1)</translation>
    </message>
    <message>
        <source>its integrity check failed (%1)</source>
        <translation>kiểm tra tính toàn vẹn không đạt (%1)</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (tiến trình %2)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>một chương trình</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPanel</name>
    <message>
        <source>Office se&amp;rver (PostgreSQL)</source>
        <translation>Máy chủ của cơ &amp;quan (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <source>e.g. server.local, 192.168.1.10 or /var/run/postgresql</source>
        <translation>ví dụ: server.local, 192.168.1.10 hoặc /var/run/postgresql</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s user name</source>
        <translation>để trống: dùng tên tài khoản đăng nhập máy trạm này</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>Now open:</source>
        <translation>Đang mở:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Database this computer opens at start</source>
        <translation>Cơ sở dữ liệu máy trạm này mở khi khởi động</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Má&amp;y chủ:</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>Tên cơ &amp;sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Tà&amp;i khoản:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>A SQLite file serves one desk. Never put it on a shared network drive for several desks: that corrupts the database. An office with several desks uses one PostgreSQL server. The server&apos;s password is not saved: it comes from PGPASSWORD or ~/.pgpass, or is asked for at start.</source>
        <translation>Tệp SQLite chỉ dùng cho một máy trạm. Tuyệt đối không đặt tệp này trên ổ mạng dùng chung cho nhiều máy trạm: làm như vậy sẽ hỏng cơ sở dữ liệu. Cơ quan có nhiều máy trạm dùng chung một máy chủ PostgreSQL. Mật khẩu máy chủ không được lưu lại: mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass, hoặc được hỏi khi khởi động.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>The file %1 does not exist yet; it will be created at the next start.</source>
        <translation>Tệp %1 chưa có; tệp sẽ được tạo ở lần khởi động sau.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <source>Connection test cancelled: %1</source>
        <translation>Đã hủy kiểm tra kết nối: %1</translation>
    </message>
    <message>
        <source>Cannot connect (after %1 s). %2</source>
        <translation>Không kết nối được (sau %1 giây). %2</translation>
    </message>
    <message>
        <source>Connected to %1 (schema version %2).</source>
        <translation>Đã kết nối tới %1 (phiên bản cấu trúc dữ liệu %2).</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty; its tables will be created at the next start.</source>
        <translation>Đã kết nối tới %1. Cơ sở dữ liệu còn trống; các bảng sẽ được tạo ở lần khởi động sau.</translation>
    </message>
    <message>
        <source>Saved. This computer opens %1 from the next start.</source>
        <translation>Đã lưu. Từ lần khởi động sau, máy trạm này sẽ mở %1.</translation>
    </message>
    <message>
        <source>This co&amp;mputer (SQLite file)</source>
        <translation>Máy t&amp;rạm này (tệp SQLite)</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Vị trí tệp:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Kiểm tra kết &amp;nối</translation>
    </message>
    <message>
        <source>Sa&amp;ve for the next start</source>
        <translation>Lư&amp;u cho lần khởi động sau</translation>
    </message>
</context>
<context>
    <name>DatabaseStart</name>
    <message>
        <source>Database connection</source>
        <translation>Kết nối cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot reach the database server</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database %1 on the server cannot be used.</source>
        <translation>Không sử dụng được cơ sở dữ liệu %1 trên máy chủ.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached.</source>
        <translation>Không kết nối được tới máy chủ cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>%1

Check that the server is running and that this computer is connected to the office network, then retry; or change the connection.</source>
        <translation>%1

Đề nghị kiểm tra máy chủ đang hoạt động và máy trạm này đã nối vào mạng của cơ quan, rồi bấm Thử lại; hoặc thay đổi kết nối.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Thử &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>The file is healthy. Wait until the other program has finished (or close it), then retry.</source>
        <translation>Tệp không bị hỏng. Hãy chờ chương trình kia ghi xong (hoặc đóng chương trình đó), rồi bấm Thử lại.</translation>
    </message>
    <message>
        <source>The file is not damaged. Ask the administrator to give this user write access to it, then retry.</source>
        <translation>Tệp không bị hỏng. Đề nghị quản trị viên cấp quyền ghi cho tài khoản máy tính này, rồi bấm Thử lại.</translation>
    </message>
    <message>
        <source>The file is not damaged. Free some space on the disk, then retry.</source>
        <translation>Tệp không bị hỏng. Hãy giải phóng bớt dung lượng đĩa, rồi bấm Thử lại.</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restoring it replaces the register with that copy (the damaged file is kept beside it); what was recorded after it is lost.</source>
        <translation>Bản sao lưu tốt gần nhất là %1. Khôi phục sẽ thay toàn bộ dữ liệu bằng bản sao đó (tệp bị hỏng được giữ lại bên cạnh); những gì ghi nhận sau thời điểm sao lưu sẽ mất.</translation>
    </message>
    <message>
        <source>Restore the &amp;backup…</source>
        <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>The register will be replaced.</source>
        <translation>Dữ liệu hiện tại sẽ bị thay thế.</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>Document handed in</source>
        <translation>Giấy tờ đã nộp</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Procedure: choose the procedure of the dossier.</source>
        <translation>Thủ tục: chưa chọn thủ tục hành chính của hồ sơ.</translation>
    </message>
    <message>
        <source>Applicant name: required.</source>
        <translation>Tên người nộp hồ sơ: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Applicant ID number: %1</source>
        <translation>Số CCCD của người nộp hồ sơ: %1</translation>
    </message>
    <message>
        <source>Applicant phone: %1</source>
        <translation>Số điện thoại của người nộp hồ sơ: %1</translation>
    </message>
    <message>
        <source>Applicant e-mail: %1</source>
        <translation>Thư điện tử của người nộp hồ sơ: %1</translation>
    </message>
    <message>
        <source>Received at: a valid date and time is required.</source>
        <translation>Thời điểm tiếp nhận: phải nhập ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>Due at: the appointment cannot be before the receipt time.</source>
        <translation>Ngày hẹn trả: không được sớm hơn thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Fee: cannot be negative.</source>
        <translation>Phí, lệ phí: không được là số âm.</translation>
    </message>
    <message>
        <source>Electronic certified copies: cannot be negative.</source>
        <translation>Số bản sao điện tử có chứng thực: không được là số âm.</translation>
    </message>
    <message>
        <source>Finished at: cannot be before the receipt time.</source>
        <translation>Thời điểm xử lý xong: không được sớm hơn thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Returned at: cannot be before the result was ready.</source>
        <translation>Thời điểm trả kết quả: không được sớm hơn thời điểm xử lý xong.</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>Tên người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Applicant address</source>
        <translation>Địa chỉ người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Date of birth: %1.</source>
        <translation>Ngày sinh: %1.</translation>
    </message>
    <message>
        <source>Sex: %1.</source>
        <translation>Giới tính: %1.</translation>
    </message>
</context>
<context>
    <name>DossierAccess</name>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Tài khoản %1 đã bị khóa.</translation>
    </message>
    <message>
        <source>Dossier %1 is closed (%2) and was received by %3. %4</source>
        <translation>Hồ sơ %1 đã kết thúc (%2) và do %3 tiếp nhận. %4</translation>
    </message>
    <message>
        <source>another officer</source>
        <translation>cán bộ khác</translation>
    </message>
</context>
<context>
    <name>DossierActionDialog</name>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Thời điểm:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Căn cứ pháp lý:</translation>
    </message>
    <message>
        <source>One paper per line; after a | the reason, e.g.
Bản sao giấy khai sinh | chưa nộp</source>
        <translation>Mỗi dòng một giấy tờ; lý do ghi sau dấu |, ví dụ:
Bản sao giấy khai sinh | chưa nộp</translation>
    </message>
    <message>
        <source>&amp;Papers to supplement:</source>
        <translation>&amp;Giấy tờ cần bổ sung:</translation>
    </message>
    <message>
        <source>Hand in &amp;by:</source>
        <translation>&amp;Hạn nộp bổ sung:</translation>
    </message>
    <message>
        <source>The result is also issued &amp;electronically</source>
        <translation>Có cấp kèm &amp;kết quả điện tử</translation>
    </message>
    <message>
        <source>Electronic &amp;certified copies:</source>
        <translation>Số bản &amp;sao điện tử có chứng thực:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Citizen&apos;s &amp;rating:</source>
        <translation>&amp;Mức độ hài lòng:</translation>
    </message>
    <message>
        <source>I confirm a second request (QĐ 766 counts the dossier as late)</source>
        <translation>Tôi xác nhận yêu cầu bổ sung lần thứ hai (theo QĐ 766, hồ sơ bị tính là trễ hạn)</translation>
    </message>
    <message>
        <source>Record (Ctrl+Enter)</source>
        <translation>Ghi nhận (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reason: required.</source>
        <translation>Lý do: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Papers to supplement: list at least one.</source>
        <translation>Giấy tờ cần bổ sung: phải ghi ít nhất một giấy tờ.</translation>
    </message>
    <message>
        <source>A second supplement request needs your confirmation.</source>
        <translation>Yêu cầu bổ sung lần thứ hai phải được xác nhận.</translation>
    </message>
    <message>
        <source>Document system number, path or file name</source>
        <translation>Số văn bản trên hệ thống, đường dẫn hoặc tên tệp</translation>
    </message>
    <message>
        <source>Where the electronic result&apos;s file is kept (QĐ 766, indicator 4.1).</source>
        <translation>Nơi lưu tệp kết quả điện tử (QĐ 766, chỉ số 4.1).</translation>
    </message>
    <message>
        <source>Result fi&amp;le:</source>
        <translation>Tệ&amp;p kết quả:</translation>
    </message>
    <message>
        <source>Name and title, e.g. Lê Văn Tâm, Chủ tịch UBND xã</source>
        <translation>Họ tên và chức vụ, ví dụ: Lê Văn Tâm, Chủ tịch UBND xã</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Người phê duyệt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Asked to stop &amp;by:</source>
        <translation>Người đề nghị &amp;dừng:</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>Fee re&amp;funded:</source>
        <translation>Phí, lệ phí &amp;hoàn trả:</translation>
    </message>
    <message>
        <source>Leader: required.</source>
        <translation>Người phê duyệt: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Asked to stop by: required.</source>
        <translation>Người đề nghị dừng: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>of %L1 đồng paid</source>
        <translation>trên tổng số %L1 đồng đã nộp</translation>
    </message>
    <message>
        <source>no fee was paid</source>
        <translation>hồ sơ không phải nộp phí, lệ phí</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>Supplement request: say what the applicant must supplement.</source>
        <translation>Yêu cầu bổ sung: phải nêu nội dung người nộp hồ sơ cần bổ sung.</translation>
    </message>
    <message>
        <source>Refusal: say why the dossier is refused.</source>
        <translation>Từ chối tiếp nhận: phải nêu lý do từ chối hồ sơ.</translation>
    </message>
    <message>
        <source>Stop: say why processing stops.</source>
        <translation>Dừng xử lý: phải nêu lý do dừng xử lý hồ sơ.</translation>
    </message>
    <message>
        <source>Stop: say who asked to stop processing.</source>
        <translation>Dừng xử lý: phải nêu người đề nghị dừng giải quyết hồ sơ.</translation>
    </message>
    <message>
        <source>Stop: the fee refund must be between 0 and the fee paid (%1 đồng); %2 was given.</source>
        <translation>Dừng xử lý: số tiền hoàn trả phải từ 0 đến số phí, lệ phí đã nộp (%1 đồng); đã nhập %2.</translation>
    </message>
</context>
<context>
    <name>DossierCsv</name>
    <message>
        <source>required</source>
        <translation>bắt buộc phải có</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form YYYY-MM-DD HH:MM</source>
        <translation>&quot;%1&quot; không phải là thời điểm hợp lệ dạng YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 0 or 1</source>
        <translation>&quot;%1&quot; phải là 0 hoặc 1</translation>
    </message>
    <message>
        <source>the file is empty; expected the header line</source>
        <translation>tệp trống; dòng đầu tiên phải là dòng tiêu đề</translation>
    </message>
    <message>
        <source>has %1 values, the header has %2</source>
        <translation>có %1 giá trị, trong khi dòng tiêu đề có %2 cột</translation>
    </message>
    <message>
        <source>%1 is already in the register</source>
        <translation>%1 đã có trong danh sách hồ sơ</translation>
    </message>
    <message>
        <source>%1 is already on line %2</source>
        <translation>%1 đã có ở dòng %2</translation>
    </message>
    <message>
        <source>%1 is not in the procedure catalogue</source>
        <translation>%1 không có trong danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be direct, online or postal (or 1, 2, 3)</source>
        <translation>&quot;%1&quot; phải là direct (trực tiếp), online (trực tuyến) hoặc postal (bưu chính công ích), hay 1, 2, 3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a status code from 1 to 10</source>
        <translation>&quot;%1&quot; phải là mã trạng thái từ 1 đến 10</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be satisfied, unsatisfied or empty</source>
        <translation>&quot;%1&quot; phải là satisfied (hài lòng), unsatisfied (không hài lòng) hoặc để trống</translation>
    </message>
    <message>
        <source>is before received_at</source>
        <translation>sớm hơn received_at</translation>
    </message>
    <message>
        <source>has %1 times for %2 requests; each request but the last needs its supplement time</source>
        <translation>có %1 thời điểm cho %2 lần yêu cầu; mỗi lần yêu cầu, trừ lần cuối cùng, phải có thời điểm bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>a dossier in status %1 has no supplement requests</source>
        <translation>hồ sơ ở trạng thái %1 không được có yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>the last request is unanswered, so the status must be 5 or 7</source>
        <translation>lần yêu cầu cuối cùng chưa được bổ sung nên trạng thái phải là 5 hoặc 7</translation>
    </message>
    <message>
        <source>status 5 needs a request without a supplement time</source>
        <translation>trạng thái 5 phải có một lần yêu cầu chưa có thời điểm bổ sung</translation>
    </message>
    <message>
        <source>required for status %1</source>
        <translation>bắt buộc phải có đối với trạng thái %1</translation>
    </message>
    <message>
        <source>must be empty for status %1, which has not ended</source>
        <translation>phải để trống đối với trạng thái %1 (hồ sơ chưa kết thúc)</translation>
    </message>
    <message>
        <source>required for status 10</source>
        <translation>bắt buộc phải có đối với trạng thái 10</translation>
    </message>
    <message>
        <source>must be empty unless the status is 10</source>
        <translation>phải để trống khi trạng thái khác 10</translation>
    </message>
    <message>
        <source>%1 is before the previous event</source>
        <translation>%1 sớm hơn sự kiện liền trước</translation>
    </message>
    <message>
        <source>%1 is before its request</source>
        <translation>%1 sớm hơn lần yêu cầu bổ sung tương ứng</translation>
    </message>
    <message>
        <source>is before the receipt or the last supplement</source>
        <translation>sớm hơn thời điểm tiếp nhận hoặc lần bổ sung cuối cùng</translation>
    </message>
    <message>
        <source>is before finished_at</source>
        <translation>sớm hơn finished_at</translation>
    </message>
    <message>
        <source>apology_issued_at and apology_new_due_at go together</source>
        <translation>apology_issued_at và apology_new_due_at phải cùng có giá trị hoặc cùng để trống</translation>
    </message>
    <message>
        <source>cannot be computed for this receipt time</source>
        <translation>không tính được từ thời điểm tiếp nhận này</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>nhập từ tệp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a masked ID number; import a file exported with --full</source>
        <translation>&quot;%1&quot; là số CCCD đã bị che; hãy nhập tệp được xuất với tùy chọn --full</translation>
    </message>
    <message>
        <source>required; the text holds only spaces or invisible characters</source>
        <translation>bắt buộc phải có; nội dung chỉ gồm dấu cách hoặc ký tự vô hình</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <translation>&quot;%1&quot; phải là số nguyên từ 0 đến %2</translation>
    </message>
    <message>
        <source>ends with a lone &quot;\&quot;</source>
        <translation>kết thúc bằng một ký tự &quot;\&quot; đứng riêng</translation>
    </message>
    <message>
        <source>item %1 must be name|originals|copies (write \| or \; for a | or ; inside a name)</source>
        <translation>mục %1 phải có dạng tên|số bản chính|số bản sao (trong tên, viết \| thay cho | và \; thay cho ;)</translation>
    </message>
    <message>
        <source>item %1, name: %2</source>
        <translation>mục %1, tên giấy tờ: %2</translation>
    </message>
    <message>
        <source>item %1 has no name</source>
        <translation>mục %1 chưa có tên giấy tờ</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; must be a whole number from 0 to %3</source>
        <translation>mục %1: &quot;%2&quot; phải là số nguyên từ 0 đến %3</translation>
    </message>
    <message>
        <source>%1-YYMMDD-NNNN (the date of receipt, then a four-digit number)</source>
        <translation>%1-YYMMDD-NNNN (ngày tiếp nhận, rồi đến số thứ tự bốn chữ số)</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>MÃ_CƠ_QUAN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dossier code; expected %2</source>
        <translation>&quot;%1&quot; không phải là mã hồ sơ; mã đúng có dạng %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code of this office; expected %2</source>
        <translation>&quot;%1&quot; không phải là mã hồ sơ của cơ quan này; mã đúng có dạng %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the number after the date must have four digits (five from 10000 to 99999), not 0</source>
        <translation>&quot;%1&quot;: số thứ tự sau ngày phải có bốn chữ số (năm chữ số nếu từ 10000 đến 99999) và khác 0</translation>
    </message>
    <message>
        <source>%1: the date in the code is not the date of receipt (%2)</source>
        <translation>%1: ngày trong mã hồ sơ không trùng với ngày tiếp nhận (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; written as %2</source>
        <translation>&quot;%1&quot; đã được ghi lại thành %2</translation>
    </message>
    <message>
        <source>%1 is in the future (after %2)</source>
        <translation>%1 là thời điểm chưa tới (sau %2)</translation>
    </message>
    <message>
        <source>%1 is more than %2 years after received_at</source>
        <translation>%1 cách thời điểm tiếp nhận (received_at) hơn %2 năm</translation>
    </message>
    <message>
        <source>online payment of a dossier without a fee (fee is 0)</source>
        <translation>hồ sơ không có phí, lệ phí (fee là 0) thì không thể thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>status 1 (registered online) is not possible for a dossier received at the counter (channel direct)</source>
        <translation>hồ sơ tiếp nhận trực tiếp tại Bộ phận Một cửa (channel direct) không thể ở trạng thái 1 (mới đăng ký trực tuyến)</translation>
    </message>
    <message>
        <source>a refused dossier (status 3) has no result, so no electronic result</source>
        <translation>hồ sơ không được tiếp nhận (trạng thái 3) không có kết quả, nên không có kết quả điện tử</translation>
    </message>
    <message>
        <source>a refused dossier (status 3) pays no fee online</source>
        <translation>hồ sơ không được tiếp nhận (trạng thái 3) không nộp phí, lệ phí trực tuyến</translation>
    </message>
    <message>
        <source>a dossier in status %1 has not been returned, so it cannot be rated yet</source>
        <translation>hồ sơ ở trạng thái %1 chưa trả kết quả nên chưa thể được đánh giá</translation>
    </message>
    <message>
        <source>%1 is before the apology was issued (%2)</source>
        <translation>%1 trước thời điểm ban hành phiếu xin lỗi (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a birth year only, as an export with masked ID numbers writes it; import a file exported with --full</source>
        <translation>&quot;%1&quot; chỉ có năm sinh, như tệp xuất đã che số định danh; hãy nhập tệp xuất với --full</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; không phải là ngày theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be male or female (or Nam, Nữ) or empty</source>
        <translation>&quot;%1&quot; phải là male hoặc female (hoặc Nam, Nữ), hoặc để trống</translation>
    </message>
</context>
<context>
    <name>DossierDetailDialog</name>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Giấy tờ đã nộp</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>&amp;Accept online dossier</source>
        <translation>Tiếp &amp;nhận hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Re&amp;fuse (Mẫu 03)…</source>
        <translation>Từ &amp;chối (Mẫu 03)…</translation>
    </message>
    <message>
        <source>Start &amp;processing</source>
        <translation>&amp;Bắt đầu xử lý</translation>
    </message>
    <message>
        <source>Request &amp;supplement (Mẫu 02)…</source>
        <translation>&amp;Yêu cầu bổ sung (Mẫu 02)…</translation>
    </message>
    <message>
        <source>Supplement &amp;received</source>
        <translation>Đã nhận bổ &amp;sung</translation>
    </message>
    <message>
        <source>Await &amp;fees…</source>
        <translation>Chờ nghĩa vụ &amp;tài chính…</translation>
    </message>
    <message>
        <source>Fees &amp;paid</source>
        <translation>Đã nộp &amp;phí, thuế</translation>
    </message>
    <message>
        <source>Result read&amp;y…</source>
        <translation>Đã &amp;xử lý xong…</translation>
    </message>
    <message>
        <source>&amp;Hand over result…</source>
        <translation>T&amp;rả kết quả…</translation>
    </message>
    <message>
        <source>S&amp;top processing (Mẫu 05)…</source>
        <translation>&amp;Dừng xử lý (Mẫu 05)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Rút &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>Print re&amp;ceipt (Mẫu 01)</source>
        <translation>In &amp;giấy tiếp nhận (Mẫu 01)</translation>
    </message>
    <message>
        <source>Print control s&amp;heet</source>
        <translation>In phiếu &amp;kiểm soát</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Người nộp hồ sơ:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>Số CCCD:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Cơ quan, tổ chức:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Thời hạn giải quyết:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Tiếp nhận lúc:</translation>
    </message>
    <message>
        <source>Appointment (receipt):</source>
        <translation>Ngày hẹn trả (giấy tiếp nhận):</translation>
    </message>
    <message>
        <source>Legal due date:</source>
        <translation>Hạn giải quyết theo quy định:</translation>
    </message>
    <message>
        <source>Promised in apology:</source>
        <translation>Ngày hẹn lại (phiếu xin lỗi):</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Thời gian còn lại:</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>còn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Phí, lệ phí:</translation>
    </message>
    <message>
        <source>%1 đồng, %2</source>
        <translation>%1 đồng, %2</translation>
    </message>
    <message>
        <source>paid online</source>
        <translation>thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>cash at the counter</source>
        <translation>nộp tiền mặt tại quầy</translation>
    </message>
    <message>
        <source>Digitized at receipt:</source>
        <translation>Số hóa khi tiếp nhận:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Electronic result:</source>
        <translation>Kết quả điện tử:</translation>
    </message>
    <message>
        <source>Electronic certified copies:</source>
        <translation>Bản sao điện tử có chứng thực:</translation>
    </message>
    <message>
        <source>Supplement requests:</source>
        <translation>Số lần yêu cầu bổ sung:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Đánh giá:</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>hài lòng</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>không hài lòng</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Receiving officer:</source>
        <translation>Cán bộ tiếp nhận:</translation>
    </message>
    <message>
        <source>Ledger:</source>
        <translation>Sổ theo dõi:</translation>
    </message>
    <message>
        <source>book %1, line %2</source>
        <translation>quyển %1, dòng %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Supplement handed in</source>
        <translation>Đã nộp bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Notice Mẫu 02 issued</source>
        <translation>Đã lập Phiếu yêu cầu bổ sung (Mẫu 02)</translation>
    </message>
    <message>
        <source>Notice Mẫu 03 issued</source>
        <translation>Đã lập Phiếu từ chối tiếp nhận (Mẫu 03)</translation>
    </message>
    <message>
        <source>Notice Mẫu 05 issued</source>
        <translation>Đã lập Thông báo dừng giải quyết (Mẫu 05)</translation>
    </message>
    <message>
        <source>Apology %1, new date %2</source>
        <translation>Phiếu xin lỗi số %1, hẹn lại: %2</translation>
    </message>
    <message>
        <source>Refuse the dossier</source>
        <translation>Từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Dừng xử lý hồ sơ</translation>
    </message>
    <message>
        <source>The dossier is not received; Mẫu 03 is printed with this reason.</source>
        <translation>Hồ sơ không được tiếp nhận; lý do này được in trên Mẫu 03.</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>The clock stops until the applicant hands in the papers; Mẫu 02 is printed.</source>
        <translation>Thời gian giải quyết tạm dừng cho đến khi người nộp bổ sung giấy tờ; Mẫu 02 sẽ được in.</translation>
    </message>
    <message>
        <source>Await fees or taxes</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>The applicant must pay fees or taxes before processing goes on.</source>
        <translation>Người nộp hồ sơ phải nộp phí, lệ phí hoặc thuế trước khi tiếp tục xử lý.</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>This time ends processing for the on-time measure.</source>
        <translation>Thời điểm này được dùng làm thời điểm xử lý xong khi tính tỷ lệ đúng hạn.</translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Record the hand-over and the citizen&apos;s rating.</source>
        <translation>Ghi nhận việc trả kết quả và mức độ hài lòng của người dân.</translation>
    </message>
    <message>
        <source>Withdraw the dossier</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>The applicant withdraws the dossier.</source>
        <translation>Người nộp hồ sơ rút hồ sơ.</translation>
    </message>
    <message>
        <source>Recorded by %1.</source>
        <translation>Đã ghi nhận (cán bộ: %1).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>paused while the applicant supplements</source>
        <translation>tạm dừng trong thời gian người nộp bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Reprint Mẫu &amp;02</source>
        <translation>In lại Mẫu &amp;02</translation>
    </message>
    <message>
        <source>Reprint Mẫu &amp;03</source>
        <translation>In lại Mẫu &amp;03</translation>
    </message>
    <message>
        <source>Reprint Mẫu &amp;05</source>
        <translation>In lại Mẫu &amp;05</translation>
    </message>
    <message>
        <source>Correct the receipt…</source>
        <translation>Điều chỉnh giấy tiếp nhận…</translation>
    </message>
    <message>
        <source>Attach scanned files…</source>
        <translation>Đính kèm tệp quét…</translation>
    </message>
    <message>
        <source>Or drop the files on this window.</source>
        <translation>Hoặc kéo thả tệp vào cửa sổ này.</translation>
    </message>
    <message>
        <source>Scanned files of %1</source>
        <translation>Tệp quét của hồ sơ %1</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Tệp quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Receipt corrected; version %1 is printed.</source>
        <translation>Đã điều chỉnh giấy tiếp nhận; in bản điều chỉnh lần %1.</translation>
    </message>
    <message>
        <source>Scanned file attached</source>
        <translation>Đính kèm tệp quét</translation>
    </message>
    <message>
        <source>%1 (%2) — SHA-256 %3</source>
        <translation>%1 (%2) — SHA-256 %3</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>không gắn với giấy tờ nào</translation>
    </message>
    <message>
        <source>Receipt corrected (version %1)</source>
        <translation>Điều chỉnh giấy tiếp nhận (bản %1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Record the hand-over; the citizen then rates on their screen.</source>
        <translation>Ghi nhận việc trả kết quả; sau đó công dân tự đánh giá trên màn hình của mình.</translation>
    </message>
    <message>
        <source>(not one document in particular)</source>
        <translation>(không gắn với giấy tờ cụ thể)</translation>
    </message>
    <message>
        <source>Attach scanned files</source>
        <translation>Đính kèm tệp quét</translation>
    </message>
    <message numerus="yes">
        <source>The %n file(s) show:</source>
        <translation>
            <numerusform>%n tệp này thể hiện giấy tờ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result fi&amp;le…</source>
        <translation>Tệp kết &amp;quả…</translation>
    </message>
    <message>
        <source>Result file:</source>
        <translation>Tệp kết quả:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>Tệp kết quả</translation>
    </message>
    <message>
        <source>Where the result&apos;s file is kept (document system number, path or file name; empty: none):</source>
        <translation>Nơi lưu tệp kết quả (số văn bản trên hệ thống, đường dẫn hoặc tên tệp; để trống nếu chưa có):</translation>
    </message>
    <message>
        <source>Leadership appro&amp;val…</source>
        <translation>&amp;Lãnh đạo phê duyệt…</translation>
    </message>
    <message>
        <source>Approved by the leadership: %1</source>
        <translation>Lãnh đạo phê duyệt: %1</translation>
    </message>
    <message>
        <source>Processing stops; Mẫu 05 is printed with this reason, who asked to stop and the fee refunded.</source>
        <translation>Dừng giải quyết hồ sơ; in Mẫu 05 với lý do, người đề nghị dừng và số phí, lệ phí hoàn trả.</translation>
    </message>
    <message>
        <source>Leadership approval</source>
        <translation>Lãnh đạo phê duyệt</translation>
    </message>
    <message>
        <source>The leader has approved the result; the control sheet shows the hand-over to the leader.</source>
        <translation>Lãnh đạo đã phê duyệt kết quả giải quyết; phiếu kiểm soát ghi bước chuyển hồ sơ cho lãnh đạo.</translation>
    </message>
    <message>
        <source>Attach to this dossier…</source>
        <translation>Đính kèm vào hồ sơ này…</translation>
    </message>
    <message>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>Date of birth, sex:</source>
        <translation>Ngày sinh, giới tính:</translation>
    </message>
    <message>
        <source>Enter or double-click opens the file.</source>
        <translation>Nhấn Enter hoặc bấm đúp để mở tệp.</translation>
    </message>
    <message>
        <source>No program opens %1.</source>
        <translation>Không có chương trình nào mở được %1.</translation>
    </message>
</context>
<context>
    <name>DossierForms</name>
    <message>
        <source>Dossier %1: it has not been accepted, so it has no receipt.</source>
        <translation>Hồ sơ %1: chưa được tiếp nhận nên không có giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>Dossier %1: no supplement was requested.</source>
        <translation>Hồ sơ %1: chưa có yêu cầu bổ sung nào.</translation>
    </message>
    <message>
        <source>Dossier %1: it was not refused.</source>
        <translation>Hồ sơ %1: hồ sơ không bị từ chối tiếp nhận.</translation>
    </message>
    <message>
        <source>Dossier %1: its processing was not stopped.</source>
        <translation>Hồ sơ %1: hồ sơ không bị dừng xử lý.</translation>
    </message>
    <message>
        <source>Dossier %1: no apology letter was issued.</source>
        <translation>Hồ sơ %1: chưa lập phiếu xin lỗi nào.</translation>
    </message>
    <message>
        <source>The ledger is printed for a period, not for one dossier.</source>
        <translation>Sổ theo dõi hồ sơ được in theo kỳ, không in cho từng hồ sơ.</translation>
    </message>
    <message>
        <source>Ledger: the period needs a first and a last day, the last not before the first.</source>
        <translation>Sổ theo dõi hồ sơ: kỳ in phải có ngày đầu và ngày cuối, ngày cuối không được sớm hơn ngày đầu.</translation>
    </message>
    <message>
        <source>Dossier %1: it has not been received at the counter yet, so it has no control sheet.</source>
        <translation>Hồ sơ %1: chưa được tiếp nhận tại Bộ phận Một cửa nên chưa có Phiếu kiểm soát quá trình giải quyết.</translation>
    </message>
    <message>
        <source>Corrected receipt, version %1 (replaces the receipt printed before), %2. Reason: %3</source>
        <translation>Giấy tiếp nhận điều chỉnh, bản số %1 (thay thế giấy đã cấp trước đó), %2. Lý do điều chỉnh: %3</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>paused (supplement)</source>
        <translation>tạm dừng (chờ bổ sung)</translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation>quá hạn hôm nay</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1, CCCD %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (apology: %2)</source>
        <translation>%1 (hẹn lại: %2)</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Số ngày làm việc còn lại</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <source>Search: code, name, ID number or phone (Ctrl+F)</source>
        <translation>Tìm theo mã hồ sơ, họ tên, số CCCD hoặc số điện thoại (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn giải quyết:</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>Cán &amp;bộ:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>Ngày tiếp &amp;nhận:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossiers&lt;/b&gt; — Enter opens the selected dossier</source>
        <translation>&lt;b&gt;Danh sách hồ sơ&lt;/b&gt; — nhấn Enter để mở hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa kết thúc</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation>
            <numerusform>Sắp đến hạn (trong %n ngày làm việc)</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 dossiers</source>
        <translation>hơn %1 hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh tiếp nhận:</translation>
    </message>
</context>
<context>
    <name>DossierListRepository</name>
    <message>
        <source>Cannot %1: %2</source>
        <translation>Không %1: %2</translation>
    </message>
    <message>
        <source>read the dossier list</source>
        <translation>đọc được danh sách hồ sơ</translation>
    </message>
    <message>
        <source>count the dossiers</source>
        <translation>đếm được số hồ sơ</translation>
    </message>
    <message>
        <source>read the procedure fields</source>
        <translation>đọc được danh sách lĩnh vực</translation>
    </message>
    <message>
        <source>read the officers</source>
        <translation>đọc được danh sách cán bộ</translation>
    </message>
    <message>
        <source>search the register</source>
        <translation>tìm kiếm được hồ sơ</translation>
    </message>
</context>
<context>
    <name>DossierPaperRepository</name>
    <message>
        <source>Cannot %1: %2</source>
        <translation>Không %1: %2</translation>
    </message>
    <message>
        <source>read the dossier</source>
        <translation>đọc được hồ sơ</translation>
    </message>
    <message>
        <source>Dossier %1: not in the register.</source>
        <translation>Hồ sơ %1: không có trong danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>Documents: a document has no name.</source>
        <translation>Thành phần hồ sơ: có giấy tờ chưa có tên.</translation>
    </message>
    <message>
        <source>Documents: the counts of %1 cannot be negative.</source>
        <translation>Thành phần hồ sơ: số bản của %1 không được là số âm.</translation>
    </message>
    <message>
        <source>replace the documents</source>
        <translation>thay thế được thành phần hồ sơ</translation>
    </message>
    <message>
        <source>save the documents</source>
        <translation>lưu được thành phần hồ sơ</translation>
    </message>
    <message>
        <source>read the documents</source>
        <translation>đọc được thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Notice: unknown form %1.</source>
        <translation>Phiếu, thông báo: không có biểu mẫu %1.</translation>
    </message>
    <message>
        <source>Notice: a valid date and time of issue is required.</source>
        <translation>Phiếu, thông báo: phải nhập ngày giờ lập hợp lệ.</translation>
    </message>
    <message>
        <source>save the notice</source>
        <translation>lưu được phiếu, thông báo</translation>
    </message>
    <message>
        <source>read the notices</source>
        <translation>đọc được các phiếu, thông báo</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>Cannot %1: %2</source>
        <translation>Không %1: %2</translation>
    </message>
    <message>
        <source>Status: a new dossier is registered online (1), accepted (2) or refused (3), not %1.</source>
        <translation>Trạng thái: hồ sơ mới chỉ có thể là mới đăng ký trực tuyến (1), đã tiếp nhận (2) hoặc từ chối tiếp nhận (3), không thể là %1.</translation>
    </message>
    <message>
        <source>Office settings: the agency code (mã định danh) is not set, so no dossier code can be issued.</source>
        <translation>Thông tin cơ quan: chưa khai báo mã định danh điện tử của cơ quan nên không cấp được mã hồ sơ.</translation>
    </message>
    <message>
        <source>read the procedure</source>
        <translation>đọc được thủ tục</translation>
    </message>
    <message>
        <source>Procedure: %1 is not in the catalogue.</source>
        <translation>Thủ tục: %1 không có trong danh mục thủ tục hành chính.</translation>
    </message>
    <message>
        <source>Procedure: %1 is no longer active and cannot receive dossiers.</source>
        <translation>Thủ tục: %1 đã ngừng áp dụng nên không tiếp nhận được hồ sơ.</translation>
    </message>
    <message>
        <source>read the dossier</source>
        <translation>đọc được hồ sơ</translation>
    </message>
    <message>
        <source>Dossier %1: not in the register.</source>
        <translation>Hồ sơ %1: không có trong danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>read the status history</source>
        <translation>đọc được lịch sử xử lý hồ sơ</translation>
    </message>
    <message>
        <source>read the supplement requests</source>
        <translation>đọc được các yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>read the apology letters</source>
        <translation>đọc được các phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Time: a valid date and time of the status change is required.</source>
        <translation>Thời điểm: phải nhập ngày giờ hợp lệ của lần chuyển trạng thái.</translation>
    </message>
    <message>
        <source>Dossier %1: the status cannot change from %2 to %3.</source>
        <translation>Hồ sơ %1: không chuyển được trạng thái từ %2 sang %3.</translation>
    </message>
    <message>
        <source>Time: %1 is before the dossier&apos;s last recorded event (%2).</source>
        <translation>Thời điểm: %1 sớm hơn sự kiện được ghi nhận gần nhất của hồ sơ (%2).</translation>
    </message>
    <message>
        <source>save the dossier %1</source>
        <translation>lưu được hồ sơ %1</translation>
    </message>
    <message>
        <source>Status: a supplement is requested with a supplement request (Mẫu 02), which records its time and whether it is the second one.</source>
        <translation>Trạng thái: việc yêu cầu bổ sung phải lập bằng Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02), trong đó ghi thời điểm yêu cầu và cho biết có phải là lần yêu cầu thứ hai hay không.</translation>
    </message>
    <message>
        <source>Dossier %1: a supplement was already requested once. A further request makes the dossier late under QĐ 766/QĐ-TTg; confirm it explicitly to go on.</source>
        <translation>Hồ sơ %1: đã yêu cầu bổ sung một lần. Nếu yêu cầu bổ sung thêm, hồ sơ sẽ bị tính là trễ hạn theo QĐ 766/QĐ-TTg; phải xác nhận rõ mới tiếp tục được.</translation>
    </message>
    <message>
        <source>save the supplement request</source>
        <translation>lưu được yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Dossier %1: no supplement request is waiting.</source>
        <translation>Hồ sơ %1: không có yêu cầu bổ sung nào đang chờ bổ sung.</translation>
    </message>
    <message>
        <source>save the supplement</source>
        <translation>lưu được việc bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Electronic certified copies: cannot be negative.</source>
        <translation>Số bản sao điện tử có chứng thực: không được là số âm.</translation>
    </message>
    <message>
        <source>Issued at: a valid date and time is required.</source>
        <translation>Thời điểm lập phiếu: phải nhập ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>New due date: required.</source>
        <translation>Ngày hẹn trả mới: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Reason: say why the result will be late.</source>
        <translation>Lý do: phải nêu lý do trả kết quả chậm.</translation>
    </message>
    <message>
        <source>Dossier %1: an apology is written for a dossier in processing, not one in status %2.</source>
        <translation>Hồ sơ %1: chỉ lập phiếu xin lỗi cho hồ sơ đang xử lý, không lập cho hồ sơ ở trạng thái %2.</translation>
    </message>
    <message>
        <source>Dossier %1: a new appointment was already given once. A further one needs the supervisor&apos;s note.</source>
        <translation>Hồ sơ %1: đã hẹn lại ngày trả kết quả một lần. Muốn hẹn lại lần nữa phải có ý kiến của lãnh đạo.</translation>
    </message>
    <message>
        <source>New due date: must be after the current due date %1.</source>
        <translation>Ngày hẹn trả mới: phải sau ngày hẹn trả hiện tại %1.</translation>
    </message>
    <message>
        <source>save the apology letter</source>
        <translation>lưu được phiếu xin lỗi</translation>
    </message>
    <message>
        <source>search the register</source>
        <translation>tìm kiếm được hồ sơ</translation>
    </message>
    <message>
        <source>read the overdue dossiers</source>
        <translation>đọc được danh sách hồ sơ quá hạn</translation>
    </message>
    <message>
        <source>read the dossiers</source>
        <translation>đọc được danh sách hồ sơ</translation>
    </message>
    <message>
        <source>read the procedure catalogue</source>
        <translation>đọc được danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>read the dossier codes</source>
        <translation>đọc được danh sách mã hồ sơ</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>record the citizen&apos;s rating</source>
        <translation>ghi nhận đánh giá của công dân</translation>
    </message>
    <message>
        <source>read the documents</source>
        <translation>đọc thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Result file: %1</source>
        <translation>Tệp kết quả: %1</translation>
    </message>
    <message>
        <source>Result file: dossier %1 has no result yet (status %2).</source>
        <translation>Tệp kết quả: hồ sơ %1 chưa có kết quả (trạng thái %2).</translation>
    </message>
</context>
<context>
    <name>DossierStatuses</name>
    <message>
        <source>Registered online</source>
        <translation>Mới đăng ký trực tuyến</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Awaiting fees and taxes</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Người nộp rút hồ sơ</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <translation>Đã trả kết quả</translation>
    </message>
</context>
<context>
    <name>DossierTerms</name>
    <message>
        <source>Cannot search the register: %1</source>
        <translation>Không tìm kiếm được trong sổ hồ sơ: %1</translation>
    </message>
    <message>
        <source>Cannot save the search terms: %1</source>
        <translation>Không lưu được dữ liệu tra cứu: %1</translation>
    </message>
</context>
<context>
    <name>DossierTransfer</name>
    <message numerus="yes">
        <source>%n dossier(s) to %1</source>
        <translation>
            <numerusform>%n hồ sơ ra tệp %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, từ %1</translation>
    </message>
    <message>
        <source>, before %1</source>
        <translation>, trước %1</translation>
    </message>
    <message>
        <source>, full personal data</source>
        <translation>, đầy đủ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>, ID numbers masked</source>
        <translation>, số CCCD được che</translation>
    </message>
</context>
<context>
    <name>DossierWriter</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the dossier register: %1</source>
        <translation>Không chuẩn bị được việc ghi dữ liệu hồ sơ: %1</translation>
    </message>
    <message>
        <source>the dossier number</source>
        <translation>số thứ tự hồ sơ</translation>
    </message>
    <message>
        <source>the ledger</source>
        <translation>sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>Code: the dossier code %1 is already in the register.</source>
        <translation>Mã hồ sơ: mã %1 đã có trong danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation>hồ sơ %1</translation>
    </message>
    <message>
        <source>the ledger line of %1</source>
        <translation>dòng sổ theo dõi của hồ sơ %1</translation>
    </message>
    <message>
        <source>the supplement requests of %1</source>
        <translation>các yêu cầu bổ sung của hồ sơ %1</translation>
    </message>
    <message>
        <source>the apology letters of %1</source>
        <translation>các phiếu xin lỗi của hồ sơ %1</translation>
    </message>
    <message>
        <source>the status history</source>
        <translation>lịch sử xử lý hồ sơ</translation>
    </message>
    <message>
        <source>the documents of %1</source>
        <translation>thành phần hồ sơ của %1</translation>
    </message>
    <message>
        <source>the documents handed in</source>
        <translation>thành phần hồ sơ đã nộp</translation>
    </message>
    <message>
        <source>the notices of %1</source>
        <translation>các phiếu, thông báo của hồ sơ %1</translation>
    </message>
</context>
<context>
    <name>DueExplanation</name>
    <message>
        <source>No appointment can be computed for this date.</source>
        <translation>Không tính được ngày hẹn trả cho ngày này.</translation>
    </message>
    <message>
        <source>counted from %1</source>
        <translation>tính từ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>ngày nghỉ</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>Resolved on time</source>
        <translation>Đã xử lý đúng hạn</translation>
    </message>
    <message>
        <source>Resolved late</source>
        <translation>Đã xử lý quá hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa kết thúc</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Xử lý xong</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Ghi nhận phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Tiếp &amp;nhận lúc:</translation>
    </message>
    <message>
        <source>Linked &amp;dossier:</source>
        <translation>&amp;Hồ sơ liên quan:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Gh&amp;i nhận</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Resolve the selected item</source>
        <translation>Xử lý phản ánh, kiến nghị đang chọn</translation>
    </message>
    <message>
        <source>Resolved &amp;at:</source>
        <translation>Xử lý &amp;xong lúc:</translation>
    </message>
    <message>
        <source>Citizen&apos;s ra&amp;ting:</source>
        <translation>&amp;Mức độ hài lòng:</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1 (%2 ngày làm việc)</translation>
    </message>
    <message>
        <source>Content: say what the citizen reported.</source>
        <translation>Nội dung: phải nêu nội dung người dân phản ánh, kiến nghị.</translation>
    </message>
    <message>
        <source>Feedback recorded; deadline %1.</source>
        <translation>Đã ghi nhận phản ánh, kiến nghị; hạn xử lý %1.</translation>
    </message>
    <message>
        <source>Select the feedback item to resolve in the list.</source>
        <translation>Vui lòng chọn trong danh sách phản ánh, kiến nghị cần xử lý.</translation>
    </message>
    <message>
        <source>Feedback marked resolved.</source>
        <translation>Đã đánh dấu phản ánh, kiến nghị là đã xử lý.</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>Đánh dấu đã xử &amp;lý</translation>
    </message>
</context>
<context>
    <name>FeedbackRepository</name>
    <message>
        <source>Received at: a valid date and time is required.</source>
        <translation>Thời điểm tiếp nhận: phải nhập ngày giờ hợp lệ.</translation>
    </message>
    <message>
        <source>Deadline: cannot be before the receipt time.</source>
        <translation>Hạn xử lý: không được sớm hơn thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Resolved at: cannot be before the receipt time.</source>
        <translation>Thời điểm xử lý xong: không được sớm hơn thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Cannot save the feedback: %1</source>
        <translation>Không lưu được phản ánh, kiến nghị: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback item(s) recorded</source>
        <translation>
            <numerusform>đã ghi nhận %n phản ánh, kiến nghị</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved at: a valid time after the receipt is required.</source>
        <translation>Thời điểm xử lý xong: phải nhập thời điểm hợp lệ, sau thời điểm tiếp nhận.</translation>
    </message>
    <message>
        <source>Cannot read the feedback: %1</source>
        <translation>Không đọc được phản ánh, kiến nghị: %1</translation>
    </message>
    <message>
        <source>Feedback %1: not found.</source>
        <translation>Phản ánh, kiến nghị số %1: không tìm thấy.</translation>
    </message>
    <message>
        <source>the file is empty; expected the header line</source>
        <translation>tệp trống; dòng đầu tiên phải là dòng tiêu đề</translation>
    </message>
    <message>
        <source>has %1 values, the header has %2</source>
        <translation>có %1 giá trị, trong khi dòng tiêu đề có %2 cột</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc phải có</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of the form YYYY-MM-DD HH:MM</source>
        <translation>&quot;%1&quot; không phải là thời điểm hợp lệ dạng YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be satisfied, unsatisfied or empty</source>
        <translation>&quot;%1&quot; phải là satisfied (hài lòng), unsatisfied (không hài lòng) hoặc để trống</translation>
    </message>
    <message>
        <source>Cannot read the dossier codes: %1</source>
        <translation>Không đọc được danh sách mã hồ sơ: %1</translation>
    </message>
    <message>
        <source>%1 is not in the register</source>
        <translation>%1 không có trong danh sách hồ sơ</translation>
    </message>
    <message>
        <source>is before received_at</source>
        <translation>sớm hơn received_at</translation>
    </message>
    <message>
        <source>required: the feedback has no content</source>
        <translation>bắt buộc phải có: phản ánh, kiến nghị chưa có nội dung</translation>
    </message>
    <message>
        <source>the same feedback (time, dossier and content) is already on line %1</source>
        <translation>phản ánh, kiến nghị này (cùng thời điểm, hồ sơ và nội dung) đã có ở dòng %1</translation>
    </message>
    <message>
        <source>Cannot read the feedback register: %1</source>
        <translation>Không đọc được sổ theo dõi phản ánh, kiến nghị: %1</translation>
    </message>
    <message>
        <source>the same feedback (time, dossier and content) is already in the register</source>
        <translation>phản ánh, kiến nghị này (cùng thời điểm, hồ sơ và nội dung) đã có trong sổ theo dõi</translation>
    </message>
</context>
<context>
    <name>FileStore</name>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Không ghi được vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the file %1 as %2.</source>
        <translation>Không lưu được tệp %1 thành %2.</translation>
    </message>
    <message>
        <source>The file %1 is missing from %2.</source>
        <translation>Thiếu tệp %1 trong %2.</translation>
    </message>
    <message>
        <source>The file %1 in %2 was changed: its SHA-256 is now %3.</source>
        <translation>Tệp %1 trong %2 đã bị thay đổi: mã SHA-256 của nó nay là %3.</translation>
    </message>
    <message>
        <source>Cannot copy the file %1 to %2.</source>
        <translation>Không sao chép được tệp %1 sang %2.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Tạo tài khoản quản trị viên</translation>
    </message>
    <message>
        <source>No account exists yet. Create the administrator, who then adds the accounts of the counter officers and supervisors.</source>
        <translation>Chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên; sau đó quản trị viên sẽ thêm tài khoản cho cán bộ tiếp nhận và lãnh đạo.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters):</source>
        <translation>&amp;Mật khẩu (ít nhất %1 ký tự):</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat the password: the two passwords differ.</source>
        <translation>Nhập lại mật khẩu: hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Một Cửa Desk</source>
        <translation>Chào mừng đến với Một Cửa Desk</translation>
    </message>
    <message>
        <source>Before the first dossier, enter your office&apos;s identity as it is printed on the forms. You can change it later in Settings.</source>
        <translation>Trước khi tiếp nhận hồ sơ đầu tiên, vui lòng nhập thông tin cơ quan đúng như in trên biểu mẫu. Có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
</context>
<context>
    <name>FormDocument</name>
    <message>
        <source>Printing: there is no form to print.</source>
        <translation>In biểu mẫu: không có biểu mẫu nào để in.</translation>
    </message>
    <message>
        <source>Printing: there is no printer or file to print to.</source>
        <translation>In biểu mẫu: chưa chọn máy in hoặc tệp để in ra.</translation>
    </message>
    <message>
        <source>Printing &quot;%1&quot;: the printer or file could not be opened.</source>
        <translation>In &quot;%1&quot;: không mở được máy in hoặc tệp.</translation>
    </message>
    <message>
        <source>Printing &quot;%1&quot;: page %2 could not be started.</source>
        <translation>In &quot;%1&quot;: không bắt đầu in được trang %2.</translation>
    </message>
    <message>
        <source>Printing &quot;%1&quot;: the output could not be finished.</source>
        <translation>In &quot;%1&quot;: không hoàn tất được việc in.</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <source>Form 05 (notice of stopping the processing) exists only in Circular 03/2025/TT-VPCP; this dossier falls under Circular 01/2018/TT-VPCP, whose forms have no such notice.</source>
        <translation>Mẫu 05 (Thông báo dừng giải quyết hồ sơ) chỉ có trong Thông tư 03/2025/TT-VPCP; hồ sơ này áp dụng biểu mẫu theo Thông tư 01/2018/TT-VPCP, không có mẫu thông báo này.</translation>
    </message>
    <message>
        <source>Printing: the receipt date is missing, so the set of forms (Circular 01/2018 or 03/2025) cannot be chosen.</source>
        <translation>In biểu mẫu: thiếu ngày tiếp nhận nên không xác định được bộ biểu mẫu áp dụng (Thông tư 01/2018 hay 03/2025).</translation>
    </message>
</context>
<context>
    <name>FormTemplate</name>
    <message>
        <source>Form template &quot;%1&quot; of %2: there is no such template (looked for %3).</source>
        <translation>Mẫu in &quot;%1&quot; theo %2: không có mẫu in này (đã tìm tại %3).</translation>
    </message>
    <message>
        <source>Form template %1: included templates may not include others.</source>
        <translation>Mẫu in %1: mẫu được chèn vào không được chèn thêm mẫu khác.</translation>
    </message>
    <message>
        <source>Form template %1: every &lt;!-- rows:name --&gt; needs its own &lt;!-- /rows --&gt;.</source>
        <translation>Mẫu in %1: mỗi &lt;!-- rows:name --&gt; phải có một &lt;!-- /rows --&gt; tương ứng.</translation>
    </message>
    <message>
        <source>Form template: nothing was loaded.</source>
        <translation>Mẫu in: chưa nạp được mẫu nào.</translation>
    </message>
    <message>
        <source>Form template %1: every &lt;!-- if:name --&gt; needs its own &lt;!-- /if --&gt;.</source>
        <translation>Mẫu phiếu %1: mỗi &lt;!-- if:tên --&gt; phải có &lt;!-- /if --&gt; đóng tương ứng.</translation>
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
    <message>
        <source>Cannot sign in</source>
        <translation>Không đăng nhập được</translation>
    </message>
    <message>
        <source>Open this dossier (with --screenshot: render its detail window instead of the main window).</source>
        <translation>Mở hồ sơ này (khi dùng kèm --screenshot: chụp cửa sổ chi tiết hồ sơ thay cho cửa sổ chính).</translation>
    </message>
    <message>
        <source>Unknown area %1.</source>
        <translation>Không có màn hình %1.</translation>
    </message>
    <message>
        <source>Database: a SQLite file, or a PostgreSQL server as postgresql://user@host:port/dbname (default: %1).</source>
        <translation>Cơ sở dữ liệu: một tệp SQLite, hoặc một máy chủ PostgreSQL dạng postgresql://tài_khoản@máy_chủ:cổng/tên_cơ_sở_dữ_liệu (mặc định: %1).</translation>
    </message>
    <message>
        <source>No good backup was found in %1. The file was left as it is.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trong %1. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Start in this area: reception, dossiers, overdue, dashboard, reports, settings, settings-database, settings-accounts, settings-calendar or audit.</source>
        <translation>Mở chương trình tại màn hình: reception (Tiếp nhận hồ sơ), dossiers (Danh sách hồ sơ), overdue (Hồ sơ quá hạn, sắp đến hạn), dashboard (Bảng theo dõi chỉ tiêu), reports (Báo cáo), settings (Cài đặt), settings-database (Cài đặt → Cơ sở dữ liệu), settings-accounts (Cài đặt → Tài khoản), settings-calendar (Cài đặt → Lịch nghỉ) hoặc audit (Nhật ký hệ thống).</translation>
    </message>
</context>
<context>
    <name>Ii06aDocument</name>
    <message>
        <source>Form II.06a, %1 to %2</source>
        <translation>Mẫu II.06a, từ %1 đến %2</translation>
    </message>
</context>
<context>
    <name>Ii06aExport</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Không tạo được tệp bảng tính %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Không ghi được tệp bảng tính %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1.</source>
        <translation>Không ghi được tệp bảng tính %1.</translation>
    </message>
</context>
<context>
    <name>Ii06aReport</name>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Received: total</source>
        <translation>Nhận giải quyết: tổng số</translation>
    </message>
    <message>
        <source>Carried over from the previous period</source>
        <translation>Kỳ trước chuyển qua</translation>
    </message>
    <message>
        <source>New in the period: total</source>
        <translation>Mới tiếp nhận trong kỳ: tổng số</translation>
    </message>
    <message>
        <source>New: online</source>
        <translation>Mới tiếp nhận: trực tuyến</translation>
    </message>
    <message>
        <source>New: at the counter</source>
        <translation>Mới tiếp nhận: trực tiếp</translation>
    </message>
    <message>
        <source>New: by public postal service</source>
        <translation>Mới tiếp nhận: bưu chính công ích</translation>
    </message>
    <message>
        <source>Handled: total</source>
        <translation>Đã giải quyết: tổng số</translation>
    </message>
    <message>
        <source>Handled before the due date</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <source>Handled on the due date</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Handled late</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <source>In hand: total</source>
        <translation>Đang giải quyết: tổng số</translation>
    </message>
    <message>
        <source>In hand: within time</source>
        <translation>Đang giải quyết: trong hạn</translation>
    </message>
    <message>
        <source>In hand: overdue</source>
        <translation>Đang giải quyết: quá hạn</translation>
    </message>
    <message>
        <source>Period: the first day must be a valid date on or before the last day.</source>
        <translation>Kỳ báo cáo: ngày đầu phải là ngày hợp lệ và không muộn hơn ngày cuối.</translation>
    </message>
    <message>
        <source>Cannot compute the periodic report: %1</source>
        <translation>Không lập được báo cáo định kỳ: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorEngine</name>
    <message>
        <source>Cannot compute the indicators: %1</source>
        <translation>Không tính được các chỉ số: %1</translation>
    </message>
    <message>
        <source>Period: the first day must be a valid date on or before the last day.</source>
        <translation>Kỳ báo cáo: ngày đầu phải là ngày hợp lệ và không muộn hơn ngày cuối.</translation>
    </message>
    <message>
        <source>As of: a valid date and time is required.</source>
        <translation>Thời điểm tính số liệu: phải nhập ngày giờ hợp lệ.</translation>
    </message>
</context>
<context>
    <name>IndicatorStore</name>
    <message>
        <source>Cannot update the indicator counters: %1</source>
        <translation>Không cập nhật được số liệu các chỉ số: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <source>Target: more than %1 (a year earlier)</source>
        <translation>Chỉ tiêu: cao hơn %1 (cùng kỳ năm trước)</translation>
    </message>
    <message>
        <source>%1 this period</source>
        <translation>%1 trong kỳ</translation>
    </message>
    <message>
        <source>Target ≥ %1</source>
        <translation>Chỉ tiêu ≥ %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Chưa có chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 điểm %</translation>
    </message>
    <message>
        <source>Numerator / denominator, and the change against the previous period</source>
        <translation>Tử số / mẫu số và mức thay đổi so với kỳ trước</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>✔ met</source>
        <translation>✔ đạt</translation>
    </message>
    <message>
        <source>✘ not met</source>
        <translation>✘ không đạt</translation>
    </message>
    <message>
        <source>%1%2 vs the same period last year</source>
        <translation>%1%2 so với cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>Target ≤ %1 days</source>
        <translation>Chỉ tiêu ≤ %1 ngày</translation>
    </message>
    <message>
        <source>%1%2 days</source>
        <translation>%1%2 ngày</translation>
    </message>
    <message numerus="yes">
        <source>%n finished in the period</source>
        <translation>
            <numerusform>%n hồ sơ giải quyết xong trong kỳ</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers finished in the period by the as-of time, whenever they were received: working days from the clock start to the end (status 9, else 10), less the time waiting for supplements; the change against the previous period</source>
        <translation>Hồ sơ giải quyết xong trong kỳ, tính đến thời điểm báo cáo, bất kể được tiếp nhận vào kỳ nào: số ngày làm việc từ khi bắt đầu tính thời gian đến khi kết thúc (trạng thái 9, nếu không có thì 10), trừ thời gian chờ bổ sung hồ sơ; mức thay đổi so với kỳ trước</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Dossiers resolved on time</source>
        <translation>Tỷ lệ hồ sơ giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Dossiers digitized at receipt</source>
        <translation>Tỷ lệ hồ sơ được số hóa</translation>
    </message>
    <message>
        <source>Results also issued electronically</source>
        <translation>Tỷ lệ cấp kết quả điện tử</translation>
    </message>
    <message>
        <source>Dossiers submitted online</source>
        <translation>Tỷ lệ hồ sơ trực tuyến</translation>
    </message>
    <message>
        <source>Fees paid online</source>
        <translation>Tỷ lệ thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Feedback handled on time</source>
        <translation>Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn</translation>
    </message>
    <message>
        <source>Satisfaction with feedback handling</source>
        <translation>Mức độ hài lòng về xử lý phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Late dossiers with an apology</source>
        <translation>Tỷ lệ hồ sơ trễ hạn có phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Procedures with a sample dossier</source>
        <translation>Tỷ lệ thủ tục có hồ sơ mẫu</translation>
    </message>
    <message>
        <source>Procedures offered online</source>
        <translation>Tỷ lệ thủ tục cung cấp trực tuyến</translation>
    </message>
    <message>
        <source>Fee-charging procedures with online payment</source>
        <translation>Tỷ lệ thủ tục có thu phí, lệ phí được thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Electronic certified copies</source>
        <translation>Số bản sao chứng thực điện tử</translation>
    </message>
    <message>
        <source>Applicants identified through the population database</source>
        <translation>Hồ sơ xác thực danh tính qua CSDL quốc gia về dân cư, VNeID</translation>
    </message>
    <message>
        <source>Dossiers reusing stored digitized data</source>
        <translation>Hồ sơ tái sử dụng dữ liệu đã số hóa</translation>
    </message>
    <message>
        <source>Average processing time (working days)</source>
        <translation>Thời gian giải quyết trung bình (ngày làm việc)</translation>
    </message>
    <message>
        <source>Electronic results with the result file recorded</source>
        <translation>Tỷ lệ kết quả điện tử đã lưu tệp kết quả</translation>
    </message>
</context>
<context>
    <name>LeaderApprovals</name>
    <message>
        <source>Cannot %1: %2</source>
        <translation>Không %1: %2</translation>
    </message>
    <message>
        <source>Leadership approval: the leader&apos;s name is required.</source>
        <translation>Lãnh đạo phê duyệt: phải nhập họ tên người phê duyệt.</translation>
    </message>
    <message>
        <source>Leadership approval: a valid date and time is required.</source>
        <translation>Lãnh đạo phê duyệt: phải nhập ngày, giờ hợp lệ.</translation>
    </message>
    <message>
        <source>Leadership approval: the time %1 is in the future.</source>
        <translation>Lãnh đạo phê duyệt: thời điểm %1 là thời điểm trong tương lai.</translation>
    </message>
    <message>
        <source>read the dossier</source>
        <translation>đọc được hồ sơ</translation>
    </message>
    <message>
        <source>Dossier %1: not in the register.</source>
        <translation>Hồ sơ %1: không có trong danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>Dossier %1: the leadership approves a dossier in processing (status 4); this one is in status %2.</source>
        <translation>Hồ sơ %1: lãnh đạo chỉ phê duyệt hồ sơ đang xử lý (trạng thái 4); hồ sơ này đang ở trạng thái %2.</translation>
    </message>
    <message>
        <source>Leadership approval: the time %1 is before the dossier&apos;s last change (%2).</source>
        <translation>Lãnh đạo phê duyệt: thời điểm %1 trước lần thay đổi gần nhất của hồ sơ (%2).</translation>
    </message>
    <message>
        <source>save the approval</source>
        <translation>lưu được ý kiến phê duyệt</translation>
    </message>
    <message>
        <source>read the approvals</source>
        <translation>đọc được các ý kiến phê duyệt</translation>
    </message>
</context>
<context>
    <name>LedgerExport</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Số bộ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Address and phone</source>
        <translation>Địa chỉ, số điện thoại</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì giải quyết</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Ngày hẹn trả</translation>
    </message>
    <message>
        <source>Sent for processing</source>
        <translation>Chuyển giải quyết</translation>
    </message>
    <message>
        <source>Result back</source>
        <translation>Nhận kết quả</translation>
    </message>
    <message>
        <source>Returned to the applicant</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Ký nhận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Dossier ledger from %1 to %2</source>
        <translation>Sổ theo dõi hồ sơ từ %1 đến %2</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>This &amp;month</source>
        <translation>T&amp;háng này</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>Tháng t&amp;rước</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Pre&amp;view ledger</source>
        <translation>&amp;Xem trước sổ</translation>
    </message>
    <message>
        <source>P&amp;rint ledger</source>
        <translation>&amp;In sổ</translation>
    </message>
    <message>
        <source>Ledger as P&amp;DF…</source>
        <translation>Lưu sổ thành tệp P&amp;DF…</translation>
    </message>
    <message>
        <source>Ledger as E&amp;xcel…</source>
        <translation>Lưu sổ thành tệp &amp;Excel…</translation>
    </message>
    <message>
        <source>Mẫu 07 (Thông tư 03/2025/TT-VPCP; Mẫu 06 of Thông tư 01/2018/TT-VPCP): one line per dossier received in the period, printed on A4 landscape.</source>
        <translation>Mẫu 07 (Thông tư 03/2025/TT-VPCP; Mẫu 06 của Thông tư 01/2018/TT-VPCP): mỗi hồ sơ tiếp nhận trong kỳ ghi một dòng, in trên khổ A4 ngang.</translation>
    </message>
    <message>
        <source>Save the ledger as Excel</source>
        <translation>Lưu sổ theo dõi hồ sơ thành tệp Excel</translation>
    </message>
    <message>
        <source>ledger-%1.xlsx</source>
        <translation>ledger-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>ledger %1</source>
        <translation>sổ theo dõi hồ sơ %1</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>Ledger written to %1.</source>
        <translation>Đã ghi sổ theo dõi hồ sơ ra %1.</translation>
    </message>
    <message>
        <source>ledger-%1.pdf</source>
        <translation>ledger-%1.pdf</translation>
    </message>
    <message>
        <source>Do&amp;ssiers received from:</source>
        <translation>Hồ sơ tiếp nhận từ &amp;ngày:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Một Cửa Desk</source>
        <translation>Đăng nhập Một Cửa Desk</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Screen locked — %1</source>
        <translation>Đã khóa màn hình — %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu mớ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Nhập &amp;lại:</translation>
    </message>
    <message>
        <source>Your password was reset by the administrator: choose a new one (at least %1 characters) to go on.</source>
        <translation>Quản trị viên đã đặt lại mật khẩu của bạn: hãy chọn mật khẩu mới (ít nhất %1 ký tự) để tiếp tục.</translation>
    </message>
    <message>
        <source>New password: the two entries differ.</source>
        <translation>Mật khẩu mới: hai lần nhập không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>LunarCalendar</name>
    <message>
        <source>The date %1 is outside the supported range %2 to %3.</source>
        <translation>Ngày %1 nằm ngoài khoảng được hỗ trợ (từ %2 đến %3).</translation>
    </message>
    <message>
        <source>Lunar month %1 does not exist: months run from 1 to 12.</source>
        <translation>Không có tháng âm lịch %1: tháng chỉ từ 1 đến 12.</translation>
    </message>
    <message>
        <source>Lunar day %1 does not exist: days run from 1 to 30.</source>
        <translation>Không có ngày âm lịch %1: ngày chỉ từ 1 đến 30.</translation>
    </message>
    <message>
        <source>Lunar year %1 has no leap month %2.</source>
        <translation>Năm âm lịch %1 không có tháng %2 nhuận.</translation>
    </message>
    <message>
        <source>The lunar month %1/%2 is outside the supported range (solar years %3 to %4).</source>
        <translation>Tháng âm lịch %1/%2 nằm ngoài khoảng được hỗ trợ (năm dương lịch từ %3 đến %4).</translation>
    </message>
    <message>
        <source>Lunar month %1%2 of year %3 has only %4 days, so day %5 does not exist.</source>
        <translation>Tháng %1%2 âm lịch năm %3 chỉ có %4 ngày, nên không có ngày %5.</translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation> (nhuận)</translation>
    </message>
    <message>
        <source>The lunar date %1/%2/%3 falls on %4, outside the supported range %5 to %6.</source>
        <translation>Ngày âm lịch %1/%2/%3 rơi vào ngày %4, nằm ngoài khoảng được hỗ trợ (từ %5 đến %6).</translation>
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
        <source>About Một Cửa Desk</source>
        <translation>Giới thiệu Một Cửa Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Một Cửa Desk %1&lt;/h3&gt;&lt;p&gt;Reception, due dates, forms and compliance counters for a commune&apos;s one-stop counter.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;Data: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Một Cửa Desk %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ, tính ngày hẹn trả, in biểu mẫu và theo dõi chỉ tiêu cải cách hành chính cho Bộ phận Một cửa cấp xã.&lt;/p&gt;&lt;p&gt;Giấy phép: %2&lt;/p&gt;&lt;p&gt;Dữ liệu: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký hệ thống</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Phiên làm việc</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>Lock the desk (Ctrl+L): your password unlocks it</source>
        <translation>Khóa máy trạm (Ctrl+L): nhập mật khẩu của bạn để mở khóa</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Sign out: another officer can sign in at this desk</source>
        <translation>Đăng xuất: cán bộ khác có thể đăng nhập tại máy trạm này</translation>
    </message>
    <message>
        <source>Officer: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Cán bộ: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Officer: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Cán bộ: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database (%1) failed: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu (%1) không thành công: %2</translation>
    </message>
    <message>
        <source>Cannot add the column %1 to %2: %3</source>
        <translation>Không thêm được cột %1 vào bảng %2: %3</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this program knows only up to version %2. Use a newer version of Một Cửa Desk.</source>
        <translation>Cơ sở dữ liệu có phiên bản lược đồ %1, nhưng chương trình này chỉ hỗ trợ đến phiên bản %2. Vui lòng dùng phiên bản Một Cửa Desk mới hơn.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 (%2) failed: %3</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 (%2) không thành công: %3</translation>
    </message>
    <message>
        <source>Upgrading the indicator tables failed: %1</source>
        <translation>Nâng cấp các bảng chỉ tiêu không thành công: %1</translation>
    </message>
</context>
<context>
    <name>NoticeNumbers</name>
    <message>
        <source>Notice number: the date of the notice is missing.</source>
        <translation>Số văn bản: chưa có ngày ban hành văn bản.</translation>
    </message>
    <message>
        <source>Cannot number the notice: %1</source>
        <translation>Không cấp được số văn bản: %1</translation>
    </message>
    <message>
        <source>Cannot number the notices: %1</source>
        <translation>Không cấp được số cho các phiếu, thông báo: %1</translation>
    </message>
</context>
<context>
    <name>OfficeHistoryPanel</name>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Phiên bản:</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>Thêm phiên &amp;bản</translation>
    </message>
    <message>
        <source>empty for a commune since 1/7/2025</source>
        <translation>để trống đối với cấp xã từ ngày 01/7/2025</translation>
    </message>
    <message>
        <source>e.g. Trung tâm Phục vụ hành chính công xã Tân Bình</source>
        <translation>ví dụ: Trung tâm Phục vụ hành chính công xã Tân Bình</translation>
    </message>
    <message>
        <source>One-stop &amp;unit:</source>
        <translation>Bộ phận Một cửa:</translation>
    </message>
    <message>
        <source>P&amp;lace name:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu phiếu</translation>
    </message>
    <message>
        <source>Number symbol</source>
        <translation>Ký hiệu số</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Nơi nhận (separated by ;)</source>
        <translation>Nơi nhận (ngăn cách bằng dấu ;)</translation>
    </message>
    <message>
        <source>A form prints the version in force on the day of its act (the receipt, the request, the refusal, the stop, the apology), so an old dossier reprints with its old header. A title on two lines is written &quot;KT. CHỦ TỊCH / PHÓ CHỦ TỊCH&quot;.</source>
        <translation>Mỗi phiếu in theo phiên bản có hiệu lực vào ngày lập phiếu (ngày tiếp nhận, yêu cầu bổ sung, từ chối, dừng giải quyết, xin lỗi), nên hồ sơ cũ khi in lại vẫn giữ tiêu đề cũ. Chức vụ ghi hai dòng thì viết &quot;KT. CHỦ TỊCH / PHÓ CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>Lư&amp;u phiên bản</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ ngày %1</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>phiên bản mới</translation>
    </message>
    <message>
        <source>The version valid from %1 was saved.</source>
        <translation>Đã lưu phiên bản áp dụng từ ngày %1.</translation>
    </message>
    <message>
        <source>The version was deleted.</source>
        <translation>Đã xóa phiên bản.</translation>
    </message>
    <message>
        <source>D&amp;elete version</source>
        <translation>&amp;Xóa phiên bản</translation>
    </message>
    <message>
        <source>Val&amp;id from:</source>
        <translation>Áp dụng từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>Parent agency:</source>
        <translation>Cơ &amp;quan chủ quản:</translation>
    </message>
    <message>
        <source>Agenc&amp;y code:</source>
        <translation>Mã đị&amp;nh danh:</translation>
    </message>
</context>
<context>
    <name>OfficeIdentity</name>
    <message>
        <source>Valid from: a date is required.</source>
        <translation>Áp dụng từ ngày: bắt buộc phải nhập ngày.</translation>
    </message>
    <message>
        <source>Agency name: this field is required.</source>
        <translation>Tên cơ quan: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Place name: this field is required (it is printed in the date line).</source>
        <translation>Địa danh: bắt buộc phải nhập (dùng để in ở dòng ngày tháng).</translation>
    </message>
    <message>
        <source>Agency code: &quot;%1&quot; is not an electronic agency code; expected four groups separated by dots, like 000.00.06.H56.</source>
        <translation>Mã định danh: &quot;%1&quot; không phải là mã định danh điện tử; cần bốn nhóm ký tự ngăn cách bởi dấu chấm, ví dụ 000.00.06.H56.</translation>
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
        <source>P&amp;lace name for the date line:</source>
        <translation>Đị&amp;a danh ghi ở dòng ngày tháng:</translation>
    </message>
    <message>
        <source>&amp;Morning hours:</source>
        <translation>Giờ làm việc &amp;buổi sáng:</translation>
    </message>
    <message>
        <source>Four groups separated by dots, as assigned by the province (QĐ 20/2020/QĐ-TTg).</source>
        <translation>Gồm bốn nhóm ký tự ngăn cách bởi dấu chấm, do tỉnh cấp (QĐ 20/2020/QĐ-TTg).</translation>
    </message>
    <message>
        <source>Not a valid code yet: expected four groups separated by dots, like 000.00.06.H56.</source>
        <translation>Mã chưa hợp lệ: cần bốn nhóm ký tự ngăn cách bởi dấu chấm, ví dụ 000.00.06.H56.</translation>
    </message>
    <message>
        <source>e.g. Trung tâm Phục vụ hành chính công xã Tân Bình</source>
        <translation>ví dụ: Trung tâm Phục vụ hành chính công xã Tân Bình</translation>
    </message>
    <message>
        <source>One-stop &amp;unit:</source>
        <translation>Bộ &amp;phận Một cửa:</translation>
    </message>
    <message>
        <source>Agency name (as printed):</source>
        <translation>Tên cơ quan (như &amp;in trên biểu mẫu):</translation>
    </message>
    <message>
        <source>Parent agency:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Electronic agenc&amp;y code:</source>
        <translation>Mã định danh điện tử:</translation>
    </message>
    <message>
        <source>Aft&amp;ernoon hours:</source>
        <translation>Giờ làm &amp;việc buổi chiều:</translation>
    </message>
</context>
<context>
    <name>OfficeIdentityStore</name>
    <message>
        <source>Cannot %1: %2</source>
        <translation>Không %1: %2</translation>
    </message>
    <message>
        <source>read the office&apos;s identity history</source>
        <translation>đọc được lịch sử thông tin cơ quan</translation>
    </message>
    <message>
        <source>save the office&apos;s identity</source>
        <translation>lưu được thông tin cơ quan</translation>
    </message>
    <message>
        <source>remove a version of the office&apos;s identity</source>
        <translation>xóa được phiên bản thông tin cơ quan</translation>
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
        <source>Agency code: &quot;%1&quot; is not an electronic agency code; expected four groups separated by dots, like 000.00.06.H56.</source>
        <translation>Mã định danh: &quot;%1&quot; không phải là mã định danh điện tử; cần bốn nhóm ký tự ngăn cách bởi dấu chấm, ví dụ 000.00.06.H56.</translation>
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
    <name>OverdueExport</name>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure or feedback</source>
        <translation>Thủ tục hoặc phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Legal due date</source>
        <translation>Hạn giải quyết theo quy định</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>Số ngày làm việc quá hạn</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Ngày hẹn lại</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Overdue and due-soon dossiers</source>
        <translation>Hồ sơ quá hạn, sắp đến hạn</translation>
    </message>
</context>
<context>
    <name>OverdueList</name>
    <message>
        <source>Feedback late</source>
        <translation>Phản ánh quá hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Đã gửi: %1</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Working days past the legal due date</source>
        <translation>Số ngày làm việc đã quá hạn giải quyết theo quy định</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Procedure / feedback</source>
        <translation>Thủ tục / phản ánh</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Legal due date</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Trễ</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Ngày hẹn lại</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <source>&amp;Overdue and due soon</source>
        <translation>&amp;Quá hạn, sắp đến hạn</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>&amp;Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Feedback overdue</source>
        <translation>Phản ánh quá hạn</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <source>Issue &amp;apology…</source>
        <translation>&amp;Lập phiếu xin lỗi…</translation>
    </message>
    <message>
        <source>Pre&amp;view letter</source>
        <translation>X&amp;em trước phiếu</translation>
    </message>
    <message>
        <source>&amp;Print letter</source>
        <translation>&amp;In phiếu</translation>
    </message>
    <message>
        <source>Letter as P&amp;DF…</source>
        <translation>Lưu phiếu thành tệp P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Control sheet</source>
        <translation>Phiế&amp;u kiểm soát</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; overdue, &lt;b&gt;%2&lt;/b&gt; due within one working day, &lt;b&gt;%3&lt;/b&gt; of them without an apology; &lt;b&gt;%4&lt;/b&gt; feedback item(s) past their deadline. As of %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hồ sơ quá hạn, &lt;b&gt;%2&lt;/b&gt; hồ sơ đến hạn trong vòng một ngày làm việc, trong đó &lt;b&gt;%3&lt;/b&gt; hồ sơ chưa có phiếu xin lỗi; &lt;b&gt;%4&lt;/b&gt; phản ánh, kiến nghị quá hạn xử lý. Số liệu tính đến %5.</translation>
    </message>
    <message>
        <source>Apology letter</source>
        <translation>Phiếu xin lỗi</translation>
    </message>
    <message>
        <source>apology-%1.pdf</source>
        <translation>apology-%1.pdf</translation>
    </message>
    <message>
        <source>Apology letters</source>
        <translation>Phiếu xin lỗi</translation>
    </message>
    <message numerus="yes">
        <source>No due-soon dossier has a signed letter yet; %n still need one.</source>
        <translation>
            <numerusform>Chưa có hồ sơ sắp đến hạn nào có phiếu xin lỗi đã ký; còn %n hồ sơ cần lập phiếu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier is due within one working day.</source>
        <translation>Không có hồ sơ nào đến hạn trong vòng một ngày làm việc.</translation>
    </message>
    <message numerus="yes">
        <source>%n due-soon dossier(s) have no signed letter yet and are left out.</source>
        <translation>
            <numerusform>%n hồ sơ sắp đến hạn chưa có phiếu xin lỗi đã ký nên không được in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n apology letter(s)</source>
        <translation>
            <numerusform>%n phiếu xin lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>Control sheet</source>
        <translation>Phiếu kiểm soát</translation>
    </message>
    <message>
        <source>Export the overdue list</source>
        <translation>Xuất danh sách hồ sơ quá hạn</translation>
    </message>
    <message>
        <source>overdue.xlsx</source>
        <translation>overdue.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>overdue list, %n line(s)</source>
        <translation>
            <numerusform>danh sách hồ sơ quá hạn, %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Not satisfied at hand-over</source>
        <translation>Công dân &amp;không hài lòng</translation>
    </message>
    <message>
        <source>Citi&amp;zen feedback</source>
        <translation>&amp;Phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Pr&amp;int all due-soon letters</source>
        <translation>In phiếu của mọi hồ sơ sắp đến hạ&amp;n</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Password: must have at least %1 characters.</source>
        <translation>Mật khẩu: phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>Password: must not be one character repeated.</source>
        <translation>Mật khẩu: không được chỉ lặp lại một ký tự.</translation>
    </message>
    <message>
        <source>Password: must not be a simple sequence such as 12345678, abcdefgh or a row of the keyboard.</source>
        <translation>Mật khẩu: không được là dãy ký tự liên tiếp đơn giản như 12345678, abcdefgh hay một hàng phím trên bàn phím.</translation>
    </message>
    <message>
        <source>Password: must not contain the login or the full name.</source>
        <translation>Mật khẩu: không được chứa tên đăng nhập hoặc họ và tên.</translation>
    </message>
    <message>
        <source>Password: &quot;%1&quot; is one of the commonest passwords; choose another.</source>
        <translation>Mật khẩu: &quot;%1&quot; là một trong những mật khẩu phổ biến nhất; hãy chọn mật khẩu khác.</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>PDF file: no file name was given.</source>
        <translation>Tệp PDF: chưa nhập tên tệp.</translation>
    </message>
    <message>
        <source>PDF file %1: the folder does not exist.</source>
        <translation>Tệp PDF %1: không có thư mục chứa tệp.</translation>
    </message>
    <message>
        <source>PDF file %1: %2</source>
        <translation>Tệp PDF %1: %2</translation>
    </message>
    <message>
        <source>PDF file %1: there is no form to write.</source>
        <translation>Tệp PDF %1: không có biểu mẫu nào để ghi.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) không có quyền %3.</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>change another officer&apos;s closed dossier</source>
        <translation>sửa hồ sơ đã kết thúc của cán bộ khác</translation>
    </message>
    <message>
        <source>sign apology letters</source>
        <translation>ký văn bản xin lỗi</translation>
    </message>
    <message>
        <source>give a second new appointment</source>
        <translation>hẹn lại ngày trả kết quả lần thứ hai</translation>
    </message>
    <message>
        <source>change the targets</source>
        <translation>thay đổi chỉ tiêu</translation>
    </message>
    <message>
        <source>change the working-day calendar</source>
        <translation>thay đổi lịch ngày làm việc</translation>
    </message>
    <message>
        <source>change the procedure catalogue</source>
        <translation>thay đổi danh mục thủ tục hành chính</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>thay đổi thông tin cơ quan</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>quản lý tài khoản người dùng</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>xem nhật ký hệ thống</translation>
    </message>
    <message>
        <source>export personal data in full</source>
        <translation>xuất đầy đủ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>change this computer&apos;s database connection</source>
        <translation>thay đổi kết nối cơ sở dữ liệu của máy trạm này</translation>
    </message>
    <message>
        <source>close the follow-up of a citizen&apos;s rating</source>
        <translation>đóng việc theo dõi đánh giá của công dân</translation>
    </message>
</context>
<context>
    <name>PersonRecords</name>
    <message>
        <source>ID number: %1.</source>
        <translation>Số CCCD: %1.</translation>
    </message>
    <message numerus="yes">
        <source>records of ID number %1: %n dossier(s)</source>
        <translation>
            <numerusform>dữ liệu của số CCCD %1: %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>full personal data of ID number %1: %n dossier(s) to %2</source>
        <translation>
            <numerusform>đầy đủ dữ liệu cá nhân của số CCCD %1: %n hồ sơ, ra %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRecordsDialog</name>
    <message>
        <source>&amp;Save export…</source>
        <translation>&amp;Lưu tệp xuất…</translation>
    </message>
    <message>
        <source>Records of one person</source>
        <translation>Dữ liệu của một công dân</translation>
    </message>
    <message>
        <source>12-digit ID number (CCCD)</source>
        <translation>số CCCD gồm 12 chữ số</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>Số &amp;CCCD:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Dữ liệu đã ghi</translation>
    </message>
    <message>
        <source>For a person&apos;s request to see or correct their data (Nghị định 13/2023/NĐ-CP). Each search and export is written to the audit log.</source>
        <translation>Dùng để trả lời yêu cầu xem hoặc chỉnh sửa dữ liệu cá nhân của công dân (Nghị định 13/2023/NĐ-CP). Mỗi lần tra cứu và xuất dữ liệu đều được ghi vào nhật ký hệ thống.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier has this ID number.</source>
        <translation>Không có hồ sơ nào mang số CCCD này.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) with this ID number. Enter opens one; Save export writes them all, with their history, to a JSON file.</source>
        <translation>
            <numerusform>Có %n hồ sơ mang số CCCD này. Nhấn Enter để mở một hồ sơ; Lưu tệp xuất sẽ ghi tất cả, kèm quá trình xử lý, ra tệp JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the person&apos;s records</source>
        <translation>Lưu dữ liệu của công dân</translation>
    </message>
    <message>
        <source>person-records.json</source>
        <translation>du-lieu-cong-dan.json</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n hồ sơ vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Lưu %1 thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In biểu mẫu</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu tệp %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot make %1 readable only by its owner.</source>
        <translation>Không giới hạn được quyền đọc %1 cho riêng chủ sở hữu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>working days</source>
        <translation>ngày làm việc</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>giờ làm việc</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <source>not online</source>
        <translation>không trực tuyến</translation>
    </message>
    <message>
        <source>partly online</source>
        <translation>trực tuyến một phần</translation>
    </message>
    <message>
        <source>fully online</source>
        <translation>trực tuyến toàn trình</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Procedure code &quot;%1&quot; is not a national procedure code such as 1.001193.</source>
        <translation>Mã thủ tục &quot;%1&quot; không đúng dạng mã TTHC quốc gia (ví dụ 1.001193).</translation>
    </message>
    <message>
        <source>Procedure %1: the name is empty.</source>
        <translation>Thủ tục %1: chưa có tên thủ tục.</translation>
    </message>
    <message>
        <source>Procedure %1: the field (lĩnh vực) is empty.</source>
        <translation>Thủ tục %1: chưa có lĩnh vực.</translation>
    </message>
    <message>
        <source>Procedure %1: the time-limit unit &quot;%2&quot; is not one of %3.</source>
        <translation>Thủ tục %1: đơn vị thời hạn &quot;%2&quot; không thuộc các giá trị %3.</translation>
    </message>
    <message>
        <source>Procedure %1: a same-day time limit has duration 0 (or 1).</source>
        <translation>Thủ tục %1: thời hạn giải quyết trong ngày phải ghi là 0 (hoặc 1).</translation>
    </message>
    <message>
        <source>Procedure %1: the fee cannot be negative.</source>
        <translation>Thủ tục %1: phí, lệ phí không được là số âm.</translation>
    </message>
    <message>
        <source>Procedure %1: the online level &quot;%2&quot; is not one of %3.</source>
        <translation>Thủ tục %1: mức độ trực tuyến &quot;%2&quot; không thuộc các giá trị %3.</translation>
    </message>
    <message>
        <source>Procedure %1: document %2 has no name.</source>
        <translation>Thủ tục %1: giấy tờ thứ %2 chưa có tên.</translation>
    </message>
    <message>
        <source>Procedure %1: document &quot;%2&quot; has a negative number of originals or copies.</source>
        <translation>Thủ tục %1: giấy tờ &quot;%2&quot; có số bản chính hoặc bản sao là số âm.</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 giờ làm việc</translation>
    </message>
    <message>
        <source>Procedure %1: the time limit must be between 0.5 and 999, is %2.</source>
        <translation>Thủ tục %1: thời hạn giải quyết phải từ 0,5 đến 999, hiện là %2.</translation>
    </message>
    <message>
        <source>Procedure %1: the verification note has more than 300 characters.</source>
        <translation>Thủ tục %1: ghi chú đối chiếu dài quá 300 ký tự.</translation>
    </message>
</context>
<context>
    <name>ProcedureCsv</name>
    <message>
        <source>has %1 values, the header has %2</source>
        <translation>có %1 giá trị, trong khi dòng tiêu đề có %2 cột</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1, is &quot;%2&quot;</source>
        <translation>phải là số nguyên từ 0 đến %1, hiện là &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be 1 or 0 (yes or no), is &quot;%1&quot;</source>
        <translation>phải là 1 hoặc 0 (có hoặc không), hiện là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a whole number of đồng such as 15000 or 15.000, is &quot;%1&quot;</source>
        <translation>phải là số tiền nguyên (đồng), ví dụ 15000 hoặc 15.000, hiện là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is too large: &quot;%1&quot;</source>
        <translation>quá lớn: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be one of %1, is &quot;%2&quot;</source>
        <translation>phải là một trong các giá trị %1, hiện là &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header</source>
        <translation>tệp trống; dòng đầu tiên phải là dòng tiêu đề</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a procedure code such as 1.001193</source>
        <translation>&quot;%1&quot; không đúng dạng mã thủ tục (ví dụ 1.001193)</translation>
    </message>
    <message>
        <source>%1 already appears on line %2</source>
        <translation>%1 đã có ở dòng %2</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>must be 0 (or 1) for a same-day procedure, is %1</source>
        <translation>phải là 0 (hoặc 1) đối với thủ tục giải quyết trong ngày, hiện là %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be channel=amount with channel direct, online or postal</source>
        <translation>&quot;%1&quot; phải có dạng kênh=số tiền, kênh là direct (trực tiếp), online (trực tuyến) hoặc postal (bưu chính)</translation>
    </message>
    <message>
        <source>must be &quot;YYYY-MM-DD source&quot; (the day of the check and the source checked), is &quot;%1&quot;</source>
        <translation>phải có dạng &quot;YYYY-MM-DD nguồn&quot; (ngày đối chiếu và nguồn đã đối chiếu), hiện là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD or empty, is &quot;%1&quot;</source>
        <translation>phải là ngày dạng YYYY-MM-DD hoặc để trống, hiện là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 from %2 already appears on line %3</source>
        <translation>%1 áp dụng từ %2 đã có ở dòng %3</translation>
    </message>
    <message>
        <source>must be a number of days such as 3 or 2.5, is &quot;%1&quot;</source>
        <translation>phải là số ngày như 3 hoặc 2.5, hiện là &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be between 0.5 and 999, is %1</source>
        <translation>phải từ 0,5 đến 999, hiện là %1</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <source>Type part of the procedure&apos;s name, field or code</source>
        <translation>Gõ một phần tên, lĩnh vực hoặc mã thủ tục</translation>
    </message>
    <message>
        <source>No procedure chosen yet.</source>
        <translation>Chưa chọn thủ tục.</translation>
    </message>
    <message>
        <source>%1 · %2 · time limit %3 · fee %4</source>
        <translation>%1 · %2 · thời hạn %3 · phí, lệ phí %4</translation>
    </message>
</context>
<context>
    <name>ProcedureRepository</name>
    <message>
        <source>Cannot read the required documents: %1</source>
        <translation>Không đọc được thành phần hồ sơ: %1</translation>
    </message>
    <message>
        <source>Cannot read the procedure catalogue: %1</source>
        <translation>Không đọc được danh mục thủ tục hành chính: %1</translation>
    </message>
    <message>
        <source>Cannot read procedure %1: %2</source>
        <translation>Không đọc được thủ tục %1: %2</translation>
    </message>
    <message>
        <source>Cannot search the procedure catalogue: %1</source>
        <translation>Không tìm kiếm được trong danh mục thủ tục hành chính: %1</translation>
    </message>
    <message>
        <source>Cannot count the procedures: %1</source>
        <translation>Không đếm được số thủ tục: %1</translation>
    </message>
    <message>
        <source>Cannot read the procedure codes: %1</source>
        <translation>Không đọc được danh sách mã thủ tục: %1</translation>
    </message>
    <message>
        <source>Cannot save procedure %1: %2</source>
        <translation>Không lưu được thủ tục %1: %2</translation>
    </message>
    <message>
        <source>There is no procedure with code %1.</source>
        <translation>Không có thủ tục mang mã %1.</translation>
    </message>
    <message>
        <source>Cannot replace the documents of procedure %1: %2</source>
        <translation>Không thay thế được thành phần hồ sơ của thủ tục %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the documents of procedure %1: %2</source>
        <translation>Không lưu được thành phần hồ sơ của thủ tục %1: %2</translation>
    </message>
    <message>
        <source>A procedure with code %1 already exists.</source>
        <translation>Đã có thủ tục mang mã %1.</translation>
    </message>
    <message>
        <source>Cannot deactivate procedure %1: %2</source>
        <translation>Không ngừng áp dụng được thủ tục %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; nothing was imported.</source>
        <translation>
            <numerusform>Tệp có %n lỗi; chưa nhập dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no procedure %1 in the catalogue</source>
        <translation>không có thủ tục %1 trong danh mục</translation>
    </message>
    <message>
        <source>Cannot read the later rows of the procedure catalogue: %1</source>
        <translation>Không đọc được các dòng sửa đổi của danh mục thủ tục: %1</translation>
    </message>
    <message>
        <source>Cannot save procedure %1 from %2: %3</source>
        <translation>Không lưu được thủ tục %1 áp dụng từ %2: %3</translation>
    </message>
    <message>
        <source>Cannot count the dossiers of each procedure: %1</source>
        <translation>Không đếm được số hồ sơ của từng thủ tục: %1</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code: there is no text to encode.</source>
        <translation>Mã QR: không có nội dung để mã hóa.</translation>
    </message>
    <message>
        <source>QR code: &quot;%1&quot; could not be encoded.</source>
        <translation>Mã QR: không mã hóa được &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RatingFollowUpPanel</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Rated at</source>
        <translation>Thời điểm đánh giá</translation>
    </message>
    <message>
        <source>Reason the citizen gave</source>
        <translation>Lý do công dân nêu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) where the citizen chose &quot;not satisfied&quot; on their own screen at hand-over.</source>
        <translation>
            <numerusform>%n hồ sơ mà công dân tự chọn «không hài lòng» trên màn hình của mình khi nhận kết quả.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason chosen)</source>
        <translation>(không chọn lý do)</translation>
    </message>
    <message>
        <source>&amp;Close the follow-up</source>
        <translation>Đóng theo &amp;dõi</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Kết quả &amp;xử lý:</translation>
    </message>
    <message>
        <source>e.g. called the citizen, apologised, result corrected</source>
        <translation>ví dụ: đã gọi điện cho công dân, xin lỗi, sửa lại kết quả</translation>
    </message>
    <message>
        <source>a supervisor closes the follow-ups</source>
        <translation>lãnh đạo đóng việc theo dõi</translation>
    </message>
    <message>
        <source>Select the dossier to close in the list.</source>
        <translation>Chọn hồ sơ cần đóng theo dõi trong danh sách.</translation>
    </message>
    <message>
        <source>Follow-up of dossier %1 closed.</source>
        <translation>Đã đóng việc theo dõi hồ sơ %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptCorrectionDialog</name>
    <message>
        <source>Correct the receipt of %1</source>
        <translation>Điều chỉnh giấy tiếp nhận hồ sơ %1</translation>
    </message>
    <message>
        <source>Printed on the new receipt, e.g. the procedure was chosen wrongly at receipt</source>
        <translation>In trên giấy tiếp nhận mới, ví dụ: chọn nhầm thủ tục khi tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Thủ tục:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;ID number (CCCD):</source>
        <translation>&amp;Số CCCD:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Cơ &amp;quan, tổ chức:</translation>
    </message>
    <message>
        <source>Appoin&amp;tment:</source>
        <translation>Ngày &amp;hẹn trả kết quả:</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Lý do điều chỉnh:</translation>
    </message>
    <message>
        <source>Correct and print the receipt again</source>
        <translation>Điều chỉnh và in lại giấy tiếp nhận</translation>
    </message>
    <message>
        <source>The old values stay in the dossier&apos;s history and the audit log. The receipt is printed again as a corrected version with the reason.</source>
        <translation>Thông tin cũ vẫn được lưu trong diễn biến hồ sơ và nhật ký hệ thống. Giấy tiếp nhận được in lại thành bản điều chỉnh, có ghi lý do.</translation>
    </message>
</context>
<context>
    <name>ReceiptCorrections</name>
    <message>
        <source>Reason: say why the receipt is corrected; it is printed on the new receipt.</source>
        <translation>Lý do: phải nêu lý do điều chỉnh; lý do được in trên giấy tiếp nhận mới.</translation>
    </message>
    <message>
        <source>Dossier %1: only the receipt of an open dossier can be corrected (status %2).</source>
        <translation>Hồ sơ %1: chỉ điều chỉnh được giấy tiếp nhận của hồ sơ đang giải quyết (trạng thái hiện tại: %2).</translation>
    </message>
    <message>
        <source>Procedure: %1 is not an active procedure of the catalogue.</source>
        <translation>Thủ tục: %1 không phải là thủ tục đang áp dụng trong danh mục.</translation>
    </message>
    <message>
        <source>Appointment: it must come after the receipt time %1.</source>
        <translation>Ngày hẹn trả: phải sau thời điểm tiếp nhận %1.</translation>
    </message>
    <message>
        <source>Nothing to correct: the values are those on the receipt.</source>
        <translation>Không có gì để điều chỉnh: thông tin vẫn như trên giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>Cannot read the corrections of %1: %2</source>
        <translation>Không đọc được các lần điều chỉnh của hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>Cannot correct the dossier %1: %2</source>
        <translation>Không điều chỉnh được hồ sơ %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the correction of %1: %2</source>
        <translation>Không ghi được lần điều chỉnh của hồ sơ %1: %2</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Documents &amp;digitized at receipt</source>
        <translation>Đã số hóa giấy tờ khi tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Receive and print receipt</source>
        <translation>Tiếp &amp;nhận và in giấy tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>Hồ sơ &amp;mới</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <source>when filed for an organisation</source>
        <translation>khi nộp hồ sơ cho cơ quan, tổ chức</translation>
    </message>
    <message>
        <source>&amp;ID number (CCCD):</source>
        <translation>&amp;Số CCCD:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Cơ &amp;quan, tổ chức:</translation>
    </message>
    <message>
        <source>The time of receipt; it can be changed when accepting a dossier submitted online.</source>
        <translation>Thời điểm tiếp nhận hồ sơ; có thể sửa khi tiếp nhận hồ sơ nộp trực tuyến.</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> đồng</translation>
    </message>
    <message>
        <source>Cash at the counter</source>
        <translation>Tiền mặt tại quầy</translation>
    </message>
    <message>
        <source>Online / non-cash</source>
        <translation>Trực tuyến / không dùng tiền mặt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Thông tin tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>Documents (Space ticks, type a number to change a count)</source>
        <translation>Thành phần hồ sơ (Space: đánh dấu; gõ số để sửa số bản)</translation>
    </message>
    <message>
        <source>Appointment to return the result</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter hoặc Ctrl+S</translation>
    </message>
    <message>
        <source>Ctrl+R: the dossier is not received; the refusal (Mẫu 03) is printed</source>
        <translation>Ctrl+R: không tiếp nhận hồ sơ; in Phiếu từ chối tiếp nhận (Mẫu 03)</translation>
    </message>
    <message>
        <source>Ctrl+N: empty the form</source>
        <translation>Ctrl+N: xóa trắng các ô đã nhập</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reception&lt;/b&gt; — officer: %1</source>
        <translation>&lt;b&gt;Tiếp nhận hồ sơ&lt;/b&gt; — cán bộ: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose the procedure to see the appointment.</source>
        <translation>Chọn thủ tục để xem ngày hẹn trả.</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2, ngày %3</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>không tính được</translation>
    </message>
    <message>
        <source>The applicant&apos;s name is required.</source>
        <translation>Phải nhập họ tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>Số CCCD: %1</translation>
    </message>
    <message>
        <source>birth registered in %1</source>
        <translation>nơi đăng ký khai sinh: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Số điện thoại: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Thư điện tử: %1</translation>
    </message>
    <message>
        <source>Choose the procedure first.</source>
        <translation>Vui lòng chọn thủ tục trước.</translation>
    </message>
    <message>
        <source>Refusal: say why the dossier is refused.</source>
        <translation>Từ chối tiếp nhận: phải nêu lý do từ chối hồ sơ.</translation>
    </message>
    <message>
        <source>Refuse the dossier</source>
        <translation>Từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Reason for refusing (printed on Mẫu 03), and the legal basis on the last line if any:</source>
        <translation>Lý do từ chối (in trên Mẫu 03); nếu có căn cứ pháp lý thì ghi ở dòng cuối cùng:</translation>
    </message>
    <message>
        <source>Dossier %1 saved, but: %2</source>
        <translation>Đã lưu hồ sơ %1, nhưng: %2</translation>
    </message>
    <message>
        <source>Dossier %1 refused; the refusal (Mẫu 03) is ready to print.</source>
        <translation>Đã từ chối tiếp nhận hồ sơ %1; Phiếu từ chối tiếp nhận (Mẫu 03) đã sẵn sàng để in.</translation>
    </message>
    <message>
        <source>Dossier %1 received for %2; appointment %3.</source>
        <translation>Đã tiếp nhận hồ sơ %1 của %2; hẹn trả kết quả lúc %3.</translation>
    </message>
    <message>
        <source>Use them (F4)</source>
        <translation>Dùng thông tin này (F4)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Date of &amp;birth, sex:</source>
        <translation>Ngà&amp;y sinh, giới tính:</translation>
    </message>
    <message>
        <source>Discard the form?</source>
        <translation>Bỏ thông tin đang nhập?</translation>
    </message>
    <message>
        <source>The form for this citizen is not saved. Empty it and lose what was typed?</source>
        <translation>Hồ sơ của công dân này chưa được lưu. Xóa trắng biểu mẫu và bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>Date of birth: write it as dd/mm/yyyy, e.g. 05/03/1990.</source>
        <translation>Ngày sinh: ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1990.</translation>
    </message>
    <message>
        <source>Filled from the CCCD&apos;s QR code: compare the card with the citizen; the code alone proves nothing.</source>
        <translation>Đã điền từ mã QR trên thẻ CCCD: đối chiếu thẻ với người nộp hồ sơ; riêng mã QR không chứng minh được nhân thân.</translation>
    </message>
    <message>
        <source>Came before (%1): %2</source>
        <translation>Đã từng nộp hồ sơ (%1): %2</translation>
    </message>
    <message>
        <source>Documents re&amp;used from stored digitized data</source>
        <translation>Đã tái sử &amp;dụng dữ liệu số hóa đã lưu trữ</translation>
    </message>
    <message>
        <source>The applicant&apos;s identity was looked up in the national population database or VNeID instead of a paper copy.</source>
        <translation>Thông tin nhân thân của người nộp được tra cứu trên Cơ sở dữ liệu quốc gia về dân cư hoặc ứng dụng VNeID, không yêu cầu bản sao giấy.</translation>
    </message>
    <message>
        <source>At least one document was taken from data already digitized and stored instead of paper.</source>
        <translation>Có ít nhất một thành phần hồ sơ được lấy từ dữ liệu đã số hóa và lưu trữ, không yêu cầu nộp bản giấy.</translation>
    </message>
    <message>
        <source>Identity loo&amp;ked up in the population database / VNeID</source>
        <translation>Đã tra cứu nhân thân trên CSDL quốc gia về dân cư / &amp;VNeID</translation>
    </message>
    <message>
        <source>Refuse (&amp;Mẫu 03)…</source>
        <translation>Từ chối (Mẫu 03)…</translation>
    </message>
    <message>
        <source>Attach when sa&amp;ved</source>
        <translation>Đính kèm khi lư&amp;u</translation>
    </message>
    <message>
        <source>Fu&amp;ll name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Received a&amp;t:</source>
        <translation>Thời điểm tiế&amp;p nhận:</translation>
    </message>
    <message>
        <source>Fee and pa&amp;yment:</source>
        <translation>Phí, &amp;lệ phí và thanh toán:</translation>
    </message>
    <message>
        <source>Attached when the dossier is saved: %1</source>
        <translation>Sẽ đính kèm khi lưu hồ sơ: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Khoảng thời gian tự chọn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Periodic report&lt;/b&gt; — biểu II.06a (Thông tư 01/2020/TT-VPCP): dossiers received, finished and open, by field</source>
        <translation>&lt;b&gt;Báo cáo định kỳ&lt;/b&gt; — biểu II.06a (Thông tư 01/2020/TT-VPCP): tình hình tiếp nhận, giải quyết hồ sơ theo lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Lư&amp;u CSV…</translation>
    </message>
    <message>
        <source>Period: the first day must not be after the last day.</source>
        <translation>Kỳ báo cáo: ngày đầu không được sau ngày cuối.</translation>
    </message>
    <message>
        <source>Counted as of %1.</source>
        <translation>Số liệu tính đến %1.</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Lưu tệp Excel</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Lưu tệp CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu tệp %1.</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
</context>
<context>
    <name>ReturningApplicant</name>
    <message>
        <source>Cannot look up the applicant&apos;s earlier dossiers: %1</source>
        <translation>Không tra cứu được các hồ sơ trước đây của người nộp: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Counter officer</source>
        <translation>Cán bộ tiếp nhận</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>ScanOfferBar</name>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>New file from the scanner: %1 (%2)</source>
        <translation>Tệp mới từ máy quét: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>— %n more waiting</source>
        <translation>
            <numerusform>— còn %n tệp đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>index</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>khung nhìn</translation>
    </message>
    <message>
        <source>Cannot read the schema: %1</source>
        <translation>Không đọc được lược đồ dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>Cannot build the reference schema of version %1: %2</source>
        <translation>Không dựng được lược đồ chuẩn của phiên bản %1: %2</translation>
    </message>
    <message>
        <source>extra %1 %2, which the application does not create</source>
        <translation>thừa %1 %2, không do chương trình tạo ra</translation>
    </message>
    <message>
        <source>%1 %2 is defined otherwise than the application defines it</source>
        <translation>%1 %2 được định nghĩa khác với định nghĩa của chương trình</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation>thiếu %1 %2</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server password</source>
        <translation>Mật khẩu máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database server %1 asks for the password of the database user %2.</source>
        <translation>Máy chủ cơ sở dữ liệu %1 yêu cầu mật khẩu của tài khoản %2.</translation>
    </message>
    <message>
        <source>(this computer&apos;s user)</source>
        <translation>(tài khoản đăng nhập máy trạm này)</translation>
    </message>
    <message>
        <source>The server did not accept that password. Try again.</source>
        <translation>Máy chủ không chấp nhận mật khẩu vừa nhập. Đề nghị nhập lại.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
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
        <source>&amp;Save settings</source>
        <translation>Lư&amp;u cài đặt</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch nghỉ</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>C&amp;hỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Extend the due date by the paused working time</source>
        <translation>Lùi ngày hẹn trả thêm đúng số thời gian làm việc đã tạm dừng</translation>
    </message>
    <message>
        <source>Restart the full time limit when the supplement arrives</source>
        <translation>Tính lại toàn bộ thời hạn giải quyết kể từ khi nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Supplement requests</source>
        <translation>Yêu cầu bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>Cơ sở &amp;dữ liệu</translation>
    </message>
    <message>
        <source>A screen faces the citizen: they &amp;rate at hand-over</source>
        <translation>Có màn hình để công dân tự đánh giá khi nhận kết quả</translation>
    </message>
    <message>
        <source>where the counter&apos;s scanner saves, e.g. ~/Scans</source>
        <translation>thư mục máy quét tại quầy lưu tệp, ví dụ ~/Scans</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>&amp;Mẫu phiếu</translation>
    </message>
    <message>
        <source>&amp;When a supplement arrives:</source>
        <translation>Khi nhận hồ &amp;sơ bổ sung:</translation>
    </message>
    <message>
        <source>&amp;Interface language (after restart):</source>
        <translation>&amp;Ngôn ngữ giao diện (áp dụng khi khởi động lại):</translation>
    </message>
    <message>
        <source>Sca&amp;nner folder:</source>
        <translation>Thư mục máy &amp;quét:</translation>
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
    <message>
        <source>Constraint %1 of table %2 is not validated</source>
        <translation>Ràng buộc %1 của bảng %2 chưa được kiểm tra</translation>
    </message>
    <message>
        <source>Cannot read the id sequence of table %1: %2</source>
        <translation>Không đọc được bộ đếm mã số của bảng %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the id sequence of table %1: %2</source>
        <translation>Không cập nhật được bộ đếm mã số của bảng %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the tables of the database: %1</source>
        <translation>Không liệt kê được các bảng của cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Cannot read the indexes of %1: %2</source>
        <translation>Không đọc được các chỉ mục của bảng %1: %2</translation>
    </message>
</context>
<context>
    <name>SyntheticDossiers</name>
    <message>
        <source>Give a count of 0 or more and a year from 2000 to 2099.</source>
        <translation>Số lượng phải từ 0 trở lên và năm phải trong khoảng từ 2000 đến 2099.</translation>
    </message>
    <message>
        <source>The procedure catalogue has no active procedure: import the catalogue first.</source>
        <translation>Danh mục thủ tục hành chính chưa có thủ tục nào đang áp dụng: vui lòng nhập danh mục thủ tục trước.</translation>
    </message>
    <message>
        <source>The year %1 has no working day before %2.</source>
        <translation>Năm %1 không có ngày làm việc nào trước %2.</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>dữ liệu mẫu tự sinh</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>Không tạo được tệp bảng tính %1.</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1: %2</source>
        <translation>Không ghi được tệp bảng tính %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1.</source>
        <translation>Không ghi được tệp bảng tính %1.</translation>
    </message>
</context>
<context>
    <name>TargetRepository</name>
    <message>
        <source>Cannot read or save the indicator targets: %1</source>
        <translation>Không đọc hoặc lưu được chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>Year: %1 is not a plausible plan year.</source>
        <translation>Năm: %1 không phải là năm kế hoạch hợp lệ.</translation>
    </message>
    <message>
        <source>Indicator: &quot;%1&quot; is not one of the indicators.</source>
        <translation>Chỉ số: &quot;%1&quot; không có trong danh sách chỉ số.</translation>
    </message>
    <message>
        <source>Target: electronic certified copies are measured against the same period a year earlier, not against a share.</source>
        <translation>Chỉ tiêu: số bản sao chứng thực điện tử được so sánh với cùng kỳ năm trước, không tính theo tỷ lệ.</translation>
    </message>
    <message>
        <source>Target: a share from 0% to 100% is required for %1.</source>
        <translation>Chỉ tiêu: phải nhập tỷ lệ từ 0% đến 100% cho %1.</translation>
    </message>
    <message>
        <source>Target: %1 is not a share from 0 to 1 (0% to 100%).</source>
        <translation>Chỉ tiêu: %1 không phải là tỷ lệ từ 0 đến 1 (0% đến 100%).</translation>
    </message>
    <message>
        <source>The plan&apos;s table (item 3.2) says 30%.</source>
        <translation>Bảng chỉ tiêu của kế hoạch (mục 3.2) ghi 30%.</translation>
    </message>
    <message>
        <source>The plan&apos;s table (item 4.1) says 98%.</source>
        <translation>Bảng chỉ tiêu của kế hoạch (mục 4.1) ghi 98%.</translation>
    </message>
    <message>
        <source>An increase over the same period of 2023.</source>
        <translation>Tăng so với cùng kỳ năm 2023.</translation>
    </message>
    <message>
        <source>National target (QĐ 766, indicator 4.3).</source>
        <translation>Chỉ tiêu quốc gia (QĐ 766, chỉ số 4.3).</translation>
    </message>
    <message>
        <source>Target: the average processing time needs a number of working days from 0 to 365.</source>
        <translation>Chỉ tiêu: thời gian giải quyết trung bình phải là số ngày làm việc từ 0 đến 365.</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Chỉ tiêu (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Save targets</source>
        <translation>Lư&amp;u chỉ tiêu</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>tăng</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>Áp dụng từ %1</translation>
    </message>
    <message>
        <source>%1: the target must be a percentage from 0 to 100.</source>
        <translation>%1: chỉ tiêu phải là tỷ lệ phần trăm từ 0 đến 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) saved.</source>
        <translation>
            <numerusform>Đã lưu %n chỉ tiêu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets as a percentage (97 for 97%); the average processing time in working days. Empty: the target of an earlier year stays in force. Electronic certified copies are measured as an increase over the same period a year earlier.</source>
        <translation>Chỉ tiêu tính theo phần trăm (nhập 97 cho 97%); riêng thời gian giải quyết trung bình tính theo số ngày làm việc. Để trống: tiếp tục áp dụng chỉ tiêu của năm trước. Số bản sao chứng thực điện tử được đánh giá theo mức tăng so với cùng kỳ năm trước.</translation>
    </message>
    <message>
        <source>At most this many working days on average</source>
        <translation>Bình quân không quá số ngày làm việc này</translation>
    </message>
    <message>
        <source>%1: the target must be a number of working days from 0 to 365.</source>
        <translation>%1: chỉ tiêu phải là số ngày làm việc từ 0 đến 365.</translation>
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
    <name>TrendChart</name>
    <message>
        <source>Monthly on-time rate and dossiers received</source>
        <translation>Tỷ lệ đúng hạn và số hồ sơ tiếp nhận theo tháng</translation>
    </message>
    <message>
        <source>Dossiers received (right)</source>
        <translation>Hồ sơ tiếp nhận (trục phải)</translation>
    </message>
    <message>
        <source>On time (left)</source>
        <translation>Đúng hạn (trục trái)</translation>
    </message>
    <message>
        <source>target %1%</source>
        <translation>chỉ tiêu %1%</translation>
    </message>
    <message>
        <source>Dossiers received per month</source>
        <translation>Số hồ sơ tiếp nhận trong tháng</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>This function is not available in this version.</source>
        <translation>Chức năng này chưa có trong phiên bản này.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Cannot read the user accounts: %1</source>
        <translation>Không đọc được danh sách tài khoản: %1</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; must be 2 to 32 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Tên đăng nhập: &quot;%1&quot; phải dài từ 2 đến 32 ký tự, chỉ gồm chữ thường không dấu, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới.</translation>
    </message>
    <message>
        <source>Full name: this field is required.</source>
        <translation>Họ và tên: bắt buộc phải nhập.</translation>
    </message>
    <message>
        <source>Password: it could not be protected (not enough memory).</source>
        <translation>Mật khẩu: không mã hóa được mật khẩu (không đủ bộ nhớ).</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; cannot be created: %2</source>
        <translation>Tên đăng nhập: không tạo được tài khoản &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>An administrator already exists; sign in as the administrator to add accounts.</source>
        <translation>Đã có tài khoản quản trị viên; vui lòng đăng nhập bằng tài khoản quản trị viên để thêm tài khoản.</translation>
    </message>
    <message>
        <source>Cannot change the account: %1</source>
        <translation>Không thay đổi được tài khoản: %1</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Không có tài khoản này.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask the administrator.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa; vui lòng liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>created the first administrator account %1</source>
        <translation>tạo tài khoản quản trị viên đầu tiên %1</translation>
    </message>
    <message>
        <source>created account %1, role %2</source>
        <translation>tạo tài khoản %1, vai trò %2</translation>
    </message>
    <message>
        <source>Login: there is no account &quot;%1&quot;.</source>
        <translation>Tên đăng nhập: không có tài khoản &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another account administrator first.</source>
        <translation>Đây là quản trị viên cuối cùng còn hoạt động (last active administrator): hãy giao vai trò quản trị viên cho một tài khoản khác trước.</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>đổi mật khẩu của mình</translation>
    </message>
    <message>
        <source>reset the password of %1 (to be changed at the next sign-in)</source>
        <translation>đặt lại mật khẩu của %1 (phải đổi ở lần đăng nhập kế tiếp)</translation>
    </message>
    <message>
        <source>renamed account %1 from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>đổi tên tài khoản %1 từ &quot;%2&quot; thành &quot;%3&quot;</translation>
    </message>
    <message>
        <source>enabled account %1</source>
        <translation>kích hoạt lại tài khoản %1</translation>
    </message>
    <message>
        <source>disabled account %1</source>
        <translation>vô hiệu hóa tài khoản %1</translation>
    </message>
    <message>
        <source>changed the role of %1 from %2 to %3</source>
        <translation>đổi vai trò của %1 từ %2 sang %3</translation>
    </message>
    <message>
        <source>sign-in refused: unknown login</source>
        <translation>từ chối đăng nhập: tên đăng nhập không tồn tại</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần: vui lòng chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrong password (%n failure(s) in a row)</source>
        <translation>
            <numerusform>sai mật khẩu (%n lần liên tiếp)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sign-in of %1 held for %n second(s) after repeated failures</source>
        <translation>
            <numerusform>tạm khóa đăng nhập của %1 trong %n giây do nhập sai nhiều lần</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in refused: account disabled</source>
        <translation>từ chối đăng nhập: tài khoản đã bị vô hiệu hóa</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>đăng nhập với vai trò %1</translation>
    </message>
    <message>
        <source>locked the desk</source>
        <translation>khóa máy trạm</translation>
    </message>
    <message>
        <source>unlocked the desk</source>
        <translation>mở khóa máy trạm</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>đăng xuất</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>is empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>may contain only digits</source>
        <translation>chỉ được gồm chữ số</translation>
    </message>
    <message numerus="yes">
        <source>must have 12 digits, has %n</source>
        <translation>
            <numerusform>phải có 12 chữ số, hiện có %n</numerusform>
        </translation>
    </message>
    <message>
        <source>starts with %1, which is not a province code</source>
        <translation>bắt đầu bằng %1, không phải mã tỉnh, thành phố</translation>
    </message>
    <message>
        <source>digits 4-6 give the birth year %1, which is in the future</source>
        <translation>chữ số thứ 4-6 ứng với năm sinh %1, là năm chưa tới</translation>
    </message>
    <message>
        <source>is not a Vietnamese number (+84)</source>
        <translation>không phải số điện thoại Việt Nam (+84)</translation>
    </message>
    <message>
        <source>may contain only digits, spaces and dots</source>
        <translation>chỉ được gồm chữ số, dấu cách và dấu chấm</translation>
    </message>
    <message>
        <source>must start with 0 (or +84)</source>
        <translation>phải bắt đầu bằng 0 (hoặc +84)</translation>
    </message>
    <message numerus="yes">
        <source>a landline number must have 10 or 11 digits, has %n</source>
        <translation>
            <numerusform>số cố định phải có 10 hoặc 11 chữ số, hiện có %n</numerusform>
        </translation>
    </message>
    <message>
        <source>starts with 01, an old mobile prefix renumbered in 2018</source>
        <translation>bắt đầu bằng 01, là đầu số di động cũ đã chuyển đổi từ năm 2018</translation>
    </message>
    <message>
        <source>must start with 03, 05, 07, 08 or 09 (mobile) or 02 (landline)</source>
        <translation>phải bắt đầu bằng 03, 05, 07, 08, 09 (di động) hoặc 02 (cố định)</translation>
    </message>
    <message numerus="yes">
        <source>a mobile number must have 10 digits, has %n</source>
        <translation>
            <numerusform>số di động phải có 10 chữ số, hiện có %n</numerusform>
        </translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>không được có dấu cách</translation>
    </message>
    <message>
        <source>must contain exactly one @</source>
        <translation>phải có đúng một ký tự @</translation>
    </message>
    <message>
        <source>has no name before the @, or is too long</source>
        <translation>thiếu tên trước ký tự @, hoặc phần tên quá dài</translation>
    </message>
    <message>
        <source>has characters not allowed before the @</source>
        <translation>có ký tự không hợp lệ trước ký tự @</translation>
    </message>
    <message>
        <source>has no valid domain after the @ (such as gmail.com)</source>
        <translation>thiếu tên miền hợp lệ sau ký tự @ (ví dụ gmail.com)</translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at position %2; remove it</source>
        <translation>có ký tự điều khiển (U+%1) ở vị trí %2; vui lòng xóa ký tự này</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>dài %1 ký tự; chỉ được tối đa %2 ký tự</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>không phải là ngày</translation>
    </message>
    <message>
        <source>%1 is before 1900</source>
        <translation>%1 là trước năm 1900</translation>
    </message>
    <message>
        <source>%1 is after the day of receipt (%2)</source>
        <translation>%1 là sau ngày tiếp nhận (%2)</translation>
    </message>
    <message>
        <source>%1 is not in %2, the birth year digits 4-6 of the ID number give</source>
        <translation>%1 không thuộc năm %2, năm sinh theo chữ số thứ 4–6 của số định danh</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be Nam or Nữ</source>
        <translation>&quot;%1&quot; phải là Nam hoặc Nữ</translation>
    </message>
    <message>
        <source>is %1, but digit 4 of the ID number says %2</source>
        <translation>là %1, nhưng chữ số thứ 4 của số định danh cho biết %2</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Tết Dương lịch</translation>
    </message>
    <message>
        <source>Lunar New Year (Tết)</source>
        <translation>Tết Âm lịch</translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation>Giỗ Tổ Hùng Vương</translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation>Ngày Chiến thắng</translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation>Ngày Quốc tế Lao động</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Quốc khánh</translation>
    </message>
    <message>
        <source>Compensatory day off for %1</source>
        <translation>Nghỉ bù %1</translation>
    </message>
</context>
</TS>
