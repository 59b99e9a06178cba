// samverka-cli: entry point. The commands live in samverka_cli_lib.

#include <cstdio>

int main()
{
    std::fputs("samverka-cli: no commands are built yet\n", stderr);
    return 1;
}
