module dev.memchaos/gctracegen

go 1.23
