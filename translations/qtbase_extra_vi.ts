<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<!-- Vietnamese for Qt's own standard texts that counter officers see (dialog buttons,
     print preview). Debian ships no qtbase_vi.qm; the contexts and sources are Qt's. -->
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>Save All</source><translation>Lưu tất cả</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>N&amp;o to All</source><translation>Không với tất &amp;cả</translation></message>
    <message><source>Abort</source><translation>Hủy bỏ</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Discard</source><translation>Bỏ thay đổi</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message><source>Page Setup</source><translation>Thiết lập trang</translation></message>
    <message><source>Print Preview</source><translation>Xem trước khi in</translation></message>
    <message><source>Next page</source><translation>Trang sau</translation></message>
    <message><source>Previous page</source><translation>Trang trước</translation></message>
    <message><source>First page</source><translation>Trang đầu</translation></message>
    <message><source>Last page</source><translation>Trang cuối</translation></message>
    <message><source>Fit width</source><translation>Vừa chiều rộng</translation></message>
    <message><source>Fit page</source><translation>Vừa trang</translation></message>
    <message><source>Zoom in</source><translation>Phóng to</translation></message>
    <message><source>Zoom out</source><translation>Thu nhỏ</translation></message>
    <message><source>Portrait</source><translation>Khổ dọc</translation></message>
    <message><source>Landscape</source><translation>Khổ ngang</translation></message>
    <message><source>Show single page</source><translation>Hiện từng trang</translation></message>
    <message><source>Show facing pages</source><translation>Hiện hai trang đối diện</translation></message>
    <message><source>Show overview of all pages</source><translation>Hiện tổng quan các trang</translation></message>
    <message><source>Print</source><translation>In</translation></message>
    <message><source>Export to PDF</source><translation>Xuất ra PDF</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
</context>
</TS>
