#pragma once

// The GUI program's start-up: display check, options, database, first run, main window.
namespace GuiMain {
int run(int argc, char* argv[]);
}
