module plansite

go 1.26
