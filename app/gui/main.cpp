#include "shell/GuiMain.h"

int main(int argc, char* argv[])
{
    return GuiMain::run(argc, argv);
}
